import type { Cell, CellValue, ChangeRequest, Conflict } from './types';

/**
 * Pending changes of a Data tab, kept until Save: pure functions over an immutable value, so that undo is just going
 * back to the previous value. Rows are named by their key; every update and delete keeps the whole row as it was read
 * (`original`), which the server compares to refuse a change based on stale values.
 */

export type RowValues = Record<string, Cell>;

export interface RowRef {
  key: RowValues;
  original: RowValues;
}

export interface PendingUpdate extends RowRef {
  set: Record<string, CellValue>;
}

export interface PendingInsert {
  id: number;
  values: Record<string, CellValue>;
}

export interface Pending {
  updates: Record<string, PendingUpdate>;
  deletes: Record<string, RowRef>;
  inserts: PendingInsert[];
  nextInsertId: number;
}

export const NO_CHANGES: Pending = { updates: {}, deletes: {}, inserts: [], nextInsertId: 1 };

/** Which update and delete of the last request each conflict index points at. */
export interface RequestOrder {
  updates: string[];
  deletes: string[];
}

export function isDefault(value: CellValue | undefined): value is { $default: true } {
  return typeof value === 'object' && value !== null && '$default' in value;
}

export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** A stable name for a row: its key values, in key order. */
export function rowId(key: string[], row: RowValues): string {
  return JSON.stringify(key.map((column) => row[column] ?? null));
}

export function refOf(key: string[], row: RowValues): RowRef {
  return {
    key: Object.fromEntries(key.map((column) => [column, row[column] ?? null])),
    original: row,
  };
}

export function changeCount(pending: Pending): number {
  return (
    Object.keys(pending.updates).length +
    Object.keys(pending.deletes).length +
    pending.inserts.length
  );
}

/** Sets a cell of a row read from the server; setting it back to what was read drops the edit. */
export function setCell(
  pending: Pending,
  id: string,
  ref: RowRef,
  column: string,
  value: CellValue,
): Pending {
  const current = pending.updates[id] ?? { ...ref, set: {} };
  const set = { ...current.set };
  if (sameValue(ref.original[column], value)) delete set[column];
  else set[column] = value;
  const updates = { ...pending.updates };
  if (Object.keys(set).length) updates[id] = { ...current, set };
  else delete updates[id];
  return { ...pending, updates };
}

export function addInsert(pending: Pending, values: Record<string, CellValue>): Pending {
  return {
    ...pending,
    inserts: [...pending.inserts, { id: pending.nextInsertId, values }],
    nextInsertId: pending.nextInsertId + 1,
  };
}

/** Rows pasted or imported, each a new row in order. */
export function addInserts(pending: Pending, rows: Record<string, CellValue>[]): Pending {
  return rows.reduce(addInsert, pending);
}

export function setInsertCell(
  pending: Pending,
  insertId: number,
  column: string,
  value: CellValue,
): Pending {
  return {
    ...pending,
    inserts: pending.inserts.map((insert) =>
      insert.id === insertId
        ? { ...insert, values: { ...insert.values, [column]: value } }
        : insert,
    ),
  };
}

export function removeInserts(pending: Pending, ids: number[]): Pending {
  return { ...pending, inserts: pending.inserts.filter((insert) => !ids.includes(insert.id)) };
}

/** Marks rows for deletion; their pending edits go, since the row will. */
export function markDeleted(pending: Pending, rows: { id: string; ref: RowRef }[]): Pending {
  const deletes = { ...pending.deletes };
  const updates = { ...pending.updates };
  for (const { id, ref } of rows) {
    deletes[id] = ref;
    delete updates[id];
  }
  return { ...pending, deletes, updates };
}

export function toRequest(pending: Pending): { request: ChangeRequest; order: RequestOrder } {
  const updateIds = Object.keys(pending.updates);
  const deleteIds = Object.keys(pending.deletes);
  return {
    request: {
      inserts: pending.inserts.map((insert) => insert.values),
      updates: updateIds.map((id) => pending.updates[id]),
      deletes: deleteIds.map((id) => pending.deletes[id]),
    },
    order: { updates: updateIds, deletes: deleteIds },
  };
}

/** The pending row a conflict is about. */
export function conflictRowId(conflict: Conflict, order: RequestOrder): string {
  return conflict.change === 'update'
    ? order.updates[conflict.index]
    : order.deletes[conflict.index];
}

/**
 * Keeps my change, now based on their values: the next save compares with what the row holds now. A row they deleted
 * cannot be kept: the change goes.
 */
export function keepMine(pending: Pending, conflict: Conflict, order: RequestOrder): Pending {
  const id = conflictRowId(conflict, order);
  if (conflict.current === null) return takeTheirs(pending, conflict, order);
  if (conflict.change === 'update') {
    const update = pending.updates[id];
    return {
      ...pending,
      updates: { ...pending.updates, [id]: { ...update, original: conflict.current } },
    };
  }
  const deleted = pending.deletes[id];
  return {
    ...pending,
    deletes: { ...pending.deletes, [id]: { ...deleted, original: conflict.current } },
  };
}

/** Drops my change to the row: theirs stands. */
export function takeTheirs(pending: Pending, conflict: Conflict, order: RequestOrder): Pending {
  const id = conflictRowId(conflict, order);
  const updates = { ...pending.updates };
  const deletes = { ...pending.deletes };
  if (conflict.change === 'update') delete updates[id];
  else delete deletes[id];
  return { ...pending, updates, deletes };
}

/** Pending changes with their undo history. */
export interface History {
  pending: Pending;
  past: Pending[];
}

export const EMPTY_HISTORY: History = { pending: NO_CHANGES, past: [] };

export function record(history: History, next: Pending): History {
  if (next === history.pending) return history;
  return { pending: next, past: [...history.past, history.pending] };
}

export function undo(history: History): History {
  if (!history.past.length) return history;
  return { pending: history.past[history.past.length - 1], past: history.past.slice(0, -1) };
}

/**
 * Rows pasted from a spreadsheet or another grid: tab-separated, one row per line. A field pasted into a text column
 * keeps its text, even empty; an empty field elsewhere is NULL; `\N` is NULL anywhere.
 */
export function parsePastedRows(
  text: string,
  columns: { name: string; category: string; editable: boolean }[],
): Record<string, CellValue>[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines
    .filter((line) => line.length > 0)
    .map((line) => {
      const values: Record<string, CellValue> = {};
      line.split('\t').forEach((field, index) => {
        const column = columns[index];
        if (!column || !column.editable) return;
        if (field === '\\N') values[column.name] = null;
        else if (field === '' && column.category !== 'S') values[column.name] = null;
        else values[column.name] = field;
      });
      return values;
    });
}
