import {
  useEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useRowWindow } from '../ui/useRowWindow';
import { ArrowDown, ArrowUp } from 'lucide-react';
import './data-grid.css';

/**
 * A virtualised grid for any number of rows: only the rows in view are in the DOM (TanStack Virtual), the header stays
 * on top, columns can be resized. It knows nothing of where rows come from or how they are edited: the owner gives
 * `rowAt(index)` (undefined while a row loads), renders cells and the editor, and handles keys. Every cell is a real
 * element with ARIA grid roles, so that assistive technology and browser tests can read and click it.
 */

export interface GridColumn {
  id: string;
  title: string;
  /** Second header line, e.g. the column's type. */
  subtitle?: string;
  /** Header tooltip. */
  description?: string;
  width: number;
  sort?: { descending: boolean; position?: number };
  /** Extra controls at the end of the header cell (e.g. a filter button). */
  headerAction?: ReactNode;
}

export interface CellPosition {
  row: number;
  column: number;
}

export interface DataGridProps {
  columns: GridColumn[];
  rowCount: number;
  rowAt: (index: number) => readonly unknown[] | undefined;
  rowHeight?: number;
  renderCell?: (value: unknown, position: CellPosition) => ReactNode;
  cellClassName?: (position: CellPosition) => string | undefined;
  rowClassName?: (row: number) => string | undefined;
  rowLabel?: (row: number) => ReactNode;
  activeCell?: CellPosition;
  selectedRows?: ReadonlySet<number>;
  /** Rendered inside the active cell instead of its value, while editing. */
  editor?: ReactNode;
  onVisibleRowsChange?: (first: number, last: number) => void;
  onHeaderClick?: (column: number, event: MouseEvent) => void;
  onCellClick?: (position: CellPosition, event: MouseEvent) => void;
  onCellDoubleClick?: (position: CellPosition) => void;
  onCellContextMenu?: (position: CellPosition, event: MouseEvent) => void;
  onRowHeaderClick?: (row: number, event: MouseEvent) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  onPaste?: (event: ClipboardEvent<HTMLDivElement>) => void;
  label: string;
  testId?: string;
}

const MIN_WIDTH = 48;
/** The sticky header's height (data-grid.css), above the rows in the scrolled content. */
const HEADER_HEIGHT = 40;

function defaultCell(value: unknown): ReactNode {
  if (value === null || value === undefined) return <span className="data-grid__null">NULL</span>;
  return String(value);
}

export function DataGrid({
  columns,
  rowCount,
  rowAt,
  rowHeight = 26,
  renderCell = defaultCell,
  cellClassName,
  rowClassName,
  rowLabel = (row) => row + 1,
  activeCell,
  selectedRows,
  editor,
  onVisibleRowsChange,
  onHeaderClick,
  onCellClick,
  onCellDoubleClick,
  onCellContextMenu,
  onRowHeaderClick,
  onKeyDown,
  onPaste,
  label,
  testId,
}: DataGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [widths, setWidths] = useState<Record<string, number>>({});
  const rowWindow = useRowWindow(scrollRef, {
    count: rowCount,
    rowHeight,
    headerHeight: HEADER_HEIGHT,
    overscan: 12,
  });
  const items = rowWindow.rows;
  const first = items.length ? items[0].index : 0;
  const last = items.length ? items[items.length - 1].index : -1;

  useEffect(() => {
    if (last >= first) onVisibleRowsChange?.(first, last);
  }, [first, last, onVisibleRowsChange]);

  const activeRow = activeCell?.row;
  const scrollToRow = rowWindow.scrollToRow;
  useEffect(() => {
    if (activeRow !== undefined && activeRow < rowCount) scrollToRow(activeRow);
  }, [activeRow, rowCount, scrollToRow]);

  // Wide enough for the largest row number.
  const gutter = Math.max(44, String(rowCount).length * 8 + 22);
  const widthOf = (column: GridColumn) => widths[column.id] ?? column.width;
  const totalWidth = gutter + columns.reduce((sum, column) => sum + widthOf(column), 0);

  const startResize = (event: PointerEvent<HTMLSpanElement>, column: GridColumn) => {
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    const startWidth = widthOf(column);
    const move = (e: globalThis.PointerEvent) =>
      setWidths((w) => ({
        ...w,
        [column.id]: Math.max(MIN_WIDTH, startWidth + e.clientX - startX),
      }));
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return (
    <div
      className="data-grid"
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length + 1}
      tabIndex={0}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
    >
      <div className="data-grid__header" role="row" aria-rowindex={1} style={{ width: totalWidth }}>
        <div className="data-grid__corner" role="columnheader" style={{ width: gutter }} />
        {columns.map((column, index) => (
          <div
            key={column.id}
            role="columnheader"
            className="data-grid__column"
            aria-sort={
              column.sort ? (column.sort.descending ? 'descending' : 'ascending') : undefined
            }
            title={column.description}
            style={{ width: widthOf(column) }}
            data-column={column.id}
            onClick={(event) => onHeaderClick?.(index, event)}
          >
            <span className="data-grid__titles">
              <span className="data-grid__title">{column.title}</span>
              {column.subtitle && <span className="data-grid__subtitle">{column.subtitle}</span>}
            </span>
            {column.sort && (
              <span className="data-grid__sort" aria-hidden="true">
                {column.sort.descending ? <ArrowDown size={12} /> : <ArrowUp size={12} />}
                {column.sort.position}
              </span>
            )}
            {column.headerAction}
            <span
              className="data-grid__resize"
              aria-hidden="true"
              onPointerDown={(event) => startResize(event, column)}
              onClick={(event) => event.stopPropagation()}
            />
          </div>
        ))}
      </div>
      <div className="data-grid__body" style={{ height: rowWindow.height, width: totalWidth }}>
        {items.map((item) => {
          const row = rowAt(item.index);
          const selected = selectedRows?.has(item.index) ?? false;
          const active = activeCell?.row === item.index;
          const classes = ['data-grid__row', rowClassName?.(item.index)];
          if (selected) classes.push('data-grid__row--selected');
          if (active) classes.push('data-grid__row--active');
          return (
            <div
              key={item.index}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              className={classes.filter(Boolean).join(' ')}
              style={{ top: item.top, height: rowHeight }}
            >
              <div
                role="rowheader"
                className="data-grid__gutter"
                style={{ width: gutter }}
                onClick={(event) => onRowHeaderClick?.(item.index, event)}
              >
                {rowLabel(item.index)}
              </div>
              {columns.map((column, index) => {
                const position = { row: item.index, column: index };
                const isActive = active && activeCell?.column === index;
                const cellClasses = ['data-grid__cell', cellClassName?.(position)];
                if (isActive) cellClasses.push('data-grid__cell--active');
                return (
                  <div
                    key={column.id}
                    role="gridcell"
                    aria-colindex={index + 2}
                    className={cellClasses.filter(Boolean).join(' ')}
                    style={{ width: widthOf(column) }}
                    data-column={column.id}
                    onClick={(event) => onCellClick?.(position, event)}
                    onDoubleClick={() => onCellDoubleClick?.(position)}
                    onContextMenu={(event) => onCellContextMenu?.(position, event)}
                  >
                    {isActive && editor ? (
                      editor
                    ) : row === undefined ? (
                      <span className="data-grid__loading" aria-label="loading" />
                    ) : (
                      renderCell(row[index], position)
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
