import type { ReactNode } from 'react';
import type { CellPosition } from '../ui/PagedGrid';
import { CellEditor, type Move } from './CellEditor';
import { openReferencedRow } from './openDataTab';
import { cellClass, cellContent, loadingCell, rowClass, type RowInfo } from './gridPresentation';
import type { History } from './pending';
import type { FailedRow } from './useSaveChanges';
import type { Cell, CellValue, DataColumn, DataTarget, ForeignKey } from './types';

interface DataCellsSource {
  target: DataTarget;
  columns: DataColumn[];
  foreignKeys: ForeignKey[];
  active: CellPosition | undefined;
  editing: { initialText?: string } | undefined;
  selected: ReadonlySet<number>;
  pending: History['pending'];
  failedRow: FailedRow | undefined;
  rowInfo: (index: number) => RowInfo | undefined;
  valueAt: (position: CellPosition) => CellValue | undefined;
  view: (position: CellPosition) => void;
  commit: (position: CellPosition, value: CellValue, direction: Move) => void;
  cancel: () => void;
}

/**
 * How View/Edit Data's grid draws: each cell's value (with its column's name for the page to find it, a link to the
 * referenced row for a foreign key, the editor in the active cell while editing), and the cells' and rows' marks.
 */
export function dataCells(source: DataCellsSource) {
  const { columns, active, editing, pending, rowInfo, valueAt } = source;
  const isActive = (position: CellPosition) =>
    active?.row === position.row && active.column === position.column;

  const follow = (fk: ForeignKey, row: number) =>
    openReferencedRow(
      source.target.database,
      fk,
      (name) => valueAt({ row, column: columns.findIndex((c) => c.name === name) }) as Cell,
    );

  const render = (position: CellPosition): ReactNode => {
    const column = columns[position.column];
    if (column && editing && isActive(position))
      return (
        <CellEditor
          key={`${position.row}:${position.column}`}
          column={column}
          value={valueAt(position)}
          initialText={editing.initialText}
          onCommit={(value, direction) => source.commit(position, value, direction)}
          onCancel={source.cancel}
        />
      );
    if (!column || !rowInfo(position.row)) return loadingCell();
    const fk = source.foreignKeys.find((key) => key.columns.includes(column.name));
    return (
      <span className="data-grid__value" data-column={column.name}>
        {cellContent(
          valueAt(position),
          fk,
          () => fk && follow(fk, position.row),
          () => source.view(position),
        )}
      </span>
    );
  };

  return {
    render,
    cellClass: (position: CellPosition) => {
      const classes = [cellClass(rowInfo(position.row), columns[position.column], pending)];
      if (isActive(position)) classes.push('data-grid__cell--active');
      if (editing && isActive(position)) classes.push('data-grid__cell--editing');
      return classes.filter(Boolean).join(' ');
    },
    rowClass: (index: number) => {
      const classes = [rowClass(rowInfo(index), pending, source.failedRow)];
      if (source.selected.has(index)) classes.push('data-grid__row--selected');
      return classes.filter(Boolean).join(' ');
    },
  };
}
