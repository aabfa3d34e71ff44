import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { AgGridReact, type CustomCellRendererProps, type CustomHeaderProps } from 'ag-grid-react';
import {
  CellStyleModule,
  InfiniteRowModelModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  type IRowNode,
  type ColDef,
  type GridApi,
  type GridReadyEvent,
  type IDatasource,
  type ProcessRowParams,
  type RowClassParams,
} from 'ag-grid-community';
import 'ag-grid-community/styles/ag-grid.css';
import 'ag-grid-community/styles/ag-theme-quartz-no-font.css';
import { capGridHeight } from './gridHeight';
import './pagedGrid.css';

ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  PinnedRowModule,
  CellStyleModule,
  RowStyleModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
]);

/** Where a cell is: the row's index in the grid and the column's among the data columns (the row header is -1). */
export interface CellPosition {
  row: number;
  column: number;
}

export interface PagedColumn {
  id: string;
  width: number;
  /** The header cell's content; clicks on it are the owner's. */
  header: ReactNode;
}

/**
 * Rows [offset, offset + limit) as the source has them; `end` is the number of rows once the source knows it, and
 * until then `expected` how many it expects (the grid offers that many, and more as rows keep coming).
 */
export type ReadRows<Row> = (
  offset: number,
  limit: number,
) => Promise<{ rows: Row[]; end?: number; expected?: number }>;

export interface PagedGridHandle<Row> {
  /** Brings a row into view: as little as needed, or at the bottom. */
  scrollToRow: (index: number, align?: 'auto' | 'end') => void;
  /** The row at an index, if the cache holds it (else its block starts loading). */
  rowAt: (index: number) => Row | undefined;
  /** Every row of the source the cache holds, by index. */
  cachedRows: () => Map<number, Row>;
  /** Tells the grid how many rows the source has; `complete` when that is the end. */
  setRowCount: (count: number, complete: boolean) => void;
  /** How many rows of the source the grid offers now. */
  rowCount: () => number;
  /**
   * How many rows a jump to the last row can count on: all there are once the end is known, else as many as the source
   * expects while pages have not reached that many; undefined when the rows read have passed what it expected. (While
   * the end is not known the grid offers one row more, where more may come: a jump must not aim there for nothing.)
   */
  expectedEnd: () => number | undefined;
  /** Reads the rows in the cache again, keeping them shown until the new ones come. */
  reload: () => void;
  /** Rows one screen holds. */
  pageRows: () => number;
  element: () => HTMLDivElement | null;
}

export interface PagedGridProps<Row> {
  handle: Ref<PagedGridHandle<Row>>;
  testId: string;
  label: string;
  className?: string;
  columns: PagedColumn[];
  rowHeight: number;
  headerHeight: number;
  gutterWidth: number;
  /** Rows read at once, and how many such blocks the cache keeps (the farthest are read again when needed). */
  blockSize: number;
  blocksKept: number;
  read: ReadRows<Row>;
  /** Rows shown before the source's, kept in sight at the top (e.g. rows not saved yet); indices count them first. */
  leadRows?: Row[];
  /** A new key starts a new cache: the rows are another query's. */
  sourceKey: string;
  /** Rows the grid offers before the source said how many there are. */
  initialRowCount: number;
  /** What the cells show beyond their row (selection, edits): when one changes, the cells in view are drawn again. */
  cellsVersion: unknown[];
  /** What the rows' classes show: when one changes, the rows in view are drawn again. Always as many. */
  rowsVersion?: unknown[];
  renderCell: (row: Row | undefined, at: CellPosition) => ReactNode;
  renderRowHeader: (row: Row | undefined, index: number) => ReactNode;
  cellClass?: (row: Row | undefined, at: CellPosition) => string | undefined;
  rowClass?: (row: Row | undefined, index: number) => string | undefined;
  onCellMouseDown?: (at: CellPosition, event: MouseEvent) => void;
  onCellDoubleClick?: (at: CellPosition) => void;
  onCellContextMenu?: (at: CellPosition, event: MouseEvent) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  onPaste?: (event: ClipboardEvent<HTMLDivElement>) => void;
}

const GUTTER = '__row';

interface Context<Row> {
  current: PagedGridProps<Row>;
}

/** A row's index among all the grid shows: the lead rows first, then the source's. */
function indexOf<Row>(node: IRowNode<Row>, props: PagedGridProps<Row>): number {
  const index = node.rowIndex ?? 0;
  return node.rowPinned ? index : index + (props.leadRows?.length ?? 0);
}

function DataCell<Row>(params: CustomCellRendererProps<Row, unknown, Context<Row>>) {
  const props = params.context.current;
  const at = {
    row: indexOf(params.node, props),
    column: Number(params.colDef?.cellRendererParams),
  };
  return <>{props.renderCell(params.data, at)}</>;
}

function GutterCell<Row>(params: CustomCellRendererProps<Row, unknown, Context<Row>>) {
  const props = params.context.current;
  return <>{props.renderRowHeader(params.data, indexOf(params.node, props))}</>;
}

function Header(params: CustomHeaderProps & { content: ReactNode }) {
  return <>{params.content}</>;
}

/**
 * The one grid of pgdeck, for any number of rows (AG Grid's Infinite Row Model): rows are read in blocks as they
 * scroll into view and the cache keeps a bounded number of blocks. It draws and scrolls; selection, keys, copy and
 * editing stay the owner's, who renders cells and row headers and is told of clicks. A row header column leads.
 */
export function PagedGrid<Row>(props: PagedGridProps<Row>) {
  const { handle, testId, label, columns, rowHeight, headerHeight, gutterWidth } = props;
  useState(capGridHeight);
  // Only the first count counts: later ones come from the source or setRowCount.
  const [initialRowCount] = useState(props.initialRowCount);
  const api = useRef<GridApi<Row>>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  // How far pages were read and how many rows the source expects, for expectedEnd.
  const told = useRef<{ read: number; expected?: number }>({ read: 0 });
  // The block a jump landed in, read at once: the grid waits blockLoadDebounceMillis before it reads a block, which
  // spares the server the blocks a scroll passes through but only delays a jump.
  const jumpedTo = useRef<{ start: number; rows: ReturnType<ReadRows<Row>> }>(undefined);
  const context = useRef<PagedGridProps<Row>>(props);
  context.current = props;

  const columnDefs = useMemo<ColDef<Row>[]>(
    () => [
      {
        colId: GUTTER,
        width: gutterWidth,
        resizable: false,
        cellAriaRole: 'rowheader',
        cellClass: 'paged-grid__gutter',
        cellRenderer: GutterCell,
        headerComponentParams: { content: null },
      },
      ...columns.map<ColDef<Row>>((column, index) => ({
        colId: column.id,
        width: column.width,
        cellRenderer: DataCell,
        cellRendererParams: index,
        headerComponentParams: { content: column.header },
        cellClass: (params) =>
          context.current.cellClass?.(params.data, {
            row: indexOf(params.node, context.current),
            column: index,
          }),
      })),
    ],
    [columns, gutterWidth],
  );

  const datasource = useMemo<IDatasource>(() => {
    told.current = { read: 0 };
    jumpedTo.current = undefined;
    return {
      getRows: (params) => {
        const limit = params.endRow - params.startRow;
        const early =
          jumpedTo.current?.start === params.startRow ? jumpedTo.current.rows : undefined;
        if (early) jumpedTo.current = undefined;
        (early ?? context.current.read(params.startRow, limit))
          .then(({ rows, end, expected }) => {
            const last = end ?? (rows.length < limit ? params.startRow + rows.length : undefined);
            told.current = {
              read: Math.max(told.current.read, params.startRow + rows.length),
              expected: expected ?? told.current.expected,
            };
            params.successCallback(rows, last);
            const grid = api.current;
            if (last === undefined && grid && expected !== undefined)
              if (expected > grid.getDisplayedRowCount()) grid.setRowCount(expected, false);
          })
          .catch(() => params.failCallback());
      },
    };
    // A new datasource empties the cache: only when the rows are another query's.
  }, [props.sourceKey]);

  const lead = props.leadRows?.length ?? 0;
  const readAhead = (grid: GridApi<Row>, index: number) => {
    const block = Math.floor(index / props.blockSize);
    if (String(block) in grid.getCacheBlockState()) return;
    const start = block * props.blockSize;
    const rows = context.current.read(start, props.blockSize);
    // Unused when the grid never asks for that block (the rows changed first): its failure is nobody's.
    rows.catch(() => undefined);
    jumpedTo.current = { start, rows };
  };
  useImperativeHandle(
    handle,
    () => ({
      scrollToRow: (index, align = 'auto') => {
        const grid = api.current;
        if (!grid || index < lead) return;
        readAhead(grid, index - lead);
        grid.ensureIndexVisible(index - lead, align === 'end' ? 'bottom' : null);
        // The last row goes to the very end: past MAX_BODY_HEIGHT the grid maps scroll pixels to rows in proportion,
        // and only there does that put the last row whole in view whatever the zoom rounds.
        const body = wrapper.current?.querySelector('.ag-grid-viewport');
        if (body && index - lead === grid.getDisplayedRowCount() - 1)
          body.scrollTop = body.scrollHeight;
      },
      rowAt: (index) =>
        index < lead
          ? props.leadRows?.[index]
          : api.current?.getDisplayedRowAtIndex(index - lead)?.data,
      cachedRows: () => {
        const rows = new Map<number, Row>();
        api.current?.forEachNode((node) => {
          if (node.rowIndex !== null && node.data !== undefined) rows.set(node.rowIndex, node.data);
        });
        return rows;
      },
      setRowCount: (count, complete) => {
        told.current = { ...told.current, expected: count };
        api.current?.setRowCount(count, complete);
      },
      rowCount: () => api.current?.getDisplayedRowCount() ?? 0,
      expectedEnd: () => {
        const grid = api.current;
        if (!grid) return undefined;
        const offered = grid.getDisplayedRowCount();
        if (grid.isLastRowIndexKnown()) return offered;
        const { read, expected } = told.current;
        return expected !== undefined && expected > read ? Math.min(expected, offered) : undefined;
      },
      reload: () => api.current?.refreshInfiniteCache(),
      pageRows: () =>
        Math.max(
          1,
          Math.floor(((wrapper.current?.clientHeight ?? 240) - headerHeight) / rowHeight) - 1,
        ),
      element: () => wrapper.current,
    }),
    [headerHeight, rowHeight, lead, props.leadRows],
  );

  useEffect(() => {
    api.current?.refreshCells({ force: true });
  }, props.cellsVersion);
  useEffect(() => {
    api.current?.redrawRows();
  }, props.rowsVersion ?? []);

  const handlers = useMemo(() => gridHandlers(context, api), []);

  return (
    <div
      ref={wrapper}
      className={`paged-grid ag-theme-quartz ${props.className ?? ''}`}
      role="group"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      onKeyDown={props.onKeyDown}
      onPaste={props.onPaste}
      onMouseDown={(event) => {
        const at = cellAt(event.target, props);
        if (at) props.onCellMouseDown?.(at, event);
        // The grid keeps the focus (its keys are the owner's), not the cell or scroller clicked; controls take it.
        if ((event.target as HTMLElement).closest('input, textarea, select, button, a')) return;
        event.preventDefault();
        wrapper.current?.focus();
      }}
      onDoubleClick={(event) => {
        const at = cellAt(event.target, props);
        if (at) props.onCellDoubleClick?.(at);
      }}
      onContextMenu={(event) => {
        const at = cellAt(event.target, props);
        if (!at) return;
        event.preventDefault();
        props.onCellContextMenu?.(at, event);
      }}
    >
      <AgGridReact<Row>
        theme="legacy"
        context={context}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COLUMN}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={props.blockSize}
        maxBlocksInCache={props.blocksKept}
        infiniteInitialRowCount={initialRowCount}
        cacheOverflowSize={1}
        maxConcurrentDatasourceRequests={2}
        blockLoadDebounceMillis={20}
        rowHeight={rowHeight}
        headerHeight={headerHeight}
        // No rows drawn ahead of the view: AG Grid redraws its buffer as the view moves, which made one frame in
        // twenty late while scrolling a million rows (bench/grid-bench.sh: 95th percentile 33 ms with 10, 17 ms with 0).
        rowBuffer={0}
        ensureDomOrder
        suppressCellFocus
        suppressHeaderFocus
        suppressScrollOnNewData
        suppressNoRowsOverlay
        suppressLoadingOverlay
        suppressDragLeaveHidesColumns
        pinnedTopRowData={props.leadRows}
        {...handlers}
      />
    </div>
  );
}

const DEFAULT_COLUMN: ColDef = {
  sortable: false,
  resizable: true,
  suppressMovable: true,
  // Keys are the owner's (its own selection, copy and editing): the grid only draws and scrolls.
  suppressKeyboardEvent: () => true,
  headerComponent: Header,
};

/**
 * The cell an event happened in, from the rows' and cells' attributes. Clicks are read from React's own events rather
 * than the grid's: React draws what they change before the next key is handled, as a spreadsheet must.
 */
function cellAt<Row>(target: EventTarget, props: PagedGridProps<Row>): CellPosition | undefined {
  const cell = (target as HTMLElement).closest?.('[col-id]');
  const row = cell?.closest('[row-index]');
  if (!cell || !row) return undefined;
  const index = row.getAttribute('row-index') ?? '';
  const id = cell.getAttribute('col-id');
  return {
    row: index.startsWith('t-')
      ? Number(index.slice(2))
      : Number(index) + (props.leadRows?.length ?? 0),
    column: id === GUTTER ? -1 : props.columns.findIndex((column) => column.id === id),
  };
}

/** The grid's callbacks, made once: they read the owner's latest props when called. */
function gridHandlers<Row>(context: Context<Row>, api: { current: GridApi<Row> | null }) {
  return {
    getRowClass: (params: RowClassParams<Row>) =>
      context.current.rowClass?.(params.data, indexOf(params.node, context.current)),
    processRowPostCreate: ({ eRow, node }: ProcessRowParams<Row>) =>
      eRow.setAttribute('data-row', String(indexOf(node, context.current) + 1)),
    onGridReady: (event: GridReadyEvent<Row>) => {
      api.current = event.api;
    },
  };
}
