import { useCallback } from 'react';
import type { CellPosition } from '../ui/PagedGrid';
import type { RowInfo } from './gridPresentation';
import { markDeleted, refOf, removeInserts, rowId, type History } from './pending';
import type { Cell, CellValue, DataColumn } from './types';

interface RowModelInput {
  /** The server's row at an index of its own (after the pending inserts), while its page is loaded. */
  serverRow: (index: number) => unknown[] | undefined;
  columns: DataColumn[];
  key: string[];
  pending: History['pending'];
  editable: boolean;
}

/**
 * What the grid shows: the pending inserts first, then the server's rows with the pending edits over them; and which
 * cells may be edited (an editable column of a row not marked for deletion).
 */
export function useRowModel({ serverRow, columns, key, pending, editable }: RowModelInput) {
  const inserts = pending.inserts;
  const rowInfo = useCallback(
    (index: number): RowInfo | undefined => {
      if (index < inserts.length) return { kind: 'insert', insert: inserts[index] };
      const values = serverRow(index - inserts.length);
      if (!values) return undefined;
      const row = Object.fromEntries(columns.map((column, i) => [column.name, values[i] as Cell]));
      return { kind: 'server', id: rowId(key, row), row };
    },
    [inserts, serverRow, columns, key],
  );

  const valueAt = (position: CellPosition): CellValue | undefined => {
    const info = rowInfo(position.row);
    const column = columns[position.column];
    if (!info || !column) return undefined;
    if (info.kind === 'insert')
      return column.name in info.insert.values
        ? info.insert.values[column.name]
        : { $default: true };
    const update = pending.updates[info.id];
    return update && column.name in update.set ? update.set[column.name] : info.row[column.name];
  };

  const canEdit = (position: CellPosition) => {
    const info = rowInfo(position.row);
    const column = columns[position.column];
    if (!editable || !info || !column || !column.editable) return false;
    return info.kind === 'insert' || !(info.id in pending.deletes);
  };

  return { rowInfo, valueAt, canEdit };
}

/** The change that deletes the rows at {@code indices}: pending inserts go, the server's rows are marked. */
export function deleting(
  indices: number[],
  rowInfo: (index: number) => RowInfo | undefined,
  key: string[],
): (pending: History['pending']) => History['pending'] {
  const insertIds: number[] = [];
  const server: { id: string; ref: ReturnType<typeof refOf> }[] = [];
  for (const index of indices) {
    const info = rowInfo(index);
    if (!info) continue;
    if (info.kind === 'insert') insertIds.push(info.insert.id);
    else server.push({ id: info.id, ref: refOf(key, info.row) });
  }
  return (pending) => markDeleted(removeInserts(pending, insertIds), server);
}

/**
 * The rows marked after a click on row {@code row}'s header: alone, or with Ctrl toggled among the others, or with
 * Shift the span from the active row added.
 */
export function markedRows(
  current: ReadonlySet<number>,
  row: number,
  keys: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean },
  activeRow: number | undefined,
): ReadonlySet<number> {
  const next = new Set(keys.ctrlKey || keys.metaKey || keys.shiftKey ? current : []);
  if (keys.shiftKey && activeRow !== undefined) {
    for (let i = Math.min(activeRow, row); i <= Math.max(activeRow, row); i++) next.add(i);
  } else if (next.has(row)) next.delete(row);
  else next.add(row);
  return next;
}

/** A new row's values: DEFAULT where the column has one, else NULL; read-only columns are left out. */
export function newRowValues(columns: DataColumn[]): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const column of columns) {
    if (column.editable) values[column.name] = column.hasDefault ? { $default: true } : null;
  }
  return values;
}
