import { describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  NO_CHANGES,
  addInsert,
  changeCount,
  keepMine,
  markDeleted,
  parsePastedRows,
  record,
  refOf,
  rowId,
  setCell,
  takeTheirs,
  toRequest,
  undo,
} from './pending';

const key = ['id'];
const row = { id: 1, name: 'one', note: null };
const ref = refOf(key, row);
const id = rowId(key, row);

describe('pending changes', () => {
  it('keeps the row as read with each edit and drops an edit set back to what was read', () => {
    let pending = setCell(NO_CHANGES, id, ref, 'name', 'uno');
    pending = setCell(pending, id, ref, 'note', '');
    expect(toRequest(pending).request.updates).toEqual([
      { key: { id: 1 }, original: row, set: { name: 'uno', note: '' } },
    ]);
    pending = setCell(pending, id, ref, 'name', 'one');
    pending = setCell(pending, id, ref, 'note', null);
    expect(changeCount(pending)).toBe(0);
  });

  it('tells NULL from empty text and sends DEFAULT as a marker', () => {
    const pending = addInsert(NO_CHANGES, { name: '', note: null, created: { $default: true } });
    expect(toRequest(pending).request.inserts).toEqual([
      { name: '', note: null, created: { $default: true } },
    ]);
  });

  it('deleting a row drops its edits and undo goes back one step at a time', () => {
    let history = record(EMPTY_HISTORY, setCell(NO_CHANGES, id, ref, 'name', 'uno'));
    history = record(history, markDeleted(history.pending, [{ id, ref }]));
    expect(toRequest(history.pending).request).toEqual({
      inserts: [],
      updates: [],
      deletes: [{ key: { id: 1 }, original: row }],
    });
    history = undo(history);
    expect(toRequest(history.pending).request.updates).toHaveLength(1);
    history = undo(undo(history));
    expect(changeCount(history.pending)).toBe(0);
  });

  it('resolves conflicts: keeping mine bases it on their values, taking theirs drops mine', () => {
    const other = { id: 2, name: 'two', note: null };
    let pending = setCell(NO_CHANGES, id, ref, 'name', 'mine');
    pending = markDeleted(pending, [{ id: rowId(key, other), ref: refOf(key, other) }]);
    const { order } = toRequest(pending);
    const theirs = { id: 1, name: 'theirs', note: 'x' };

    const kept = keepMine(
      pending,
      { change: 'update', index: 0, key: { id: 1 }, current: theirs },
      order,
    );
    expect(toRequest(kept).request.updates[0]).toEqual({
      key: { id: 1 },
      original: theirs,
      set: { name: 'mine' },
    });

    const dropped = takeTheirs(
      kept,
      { change: 'delete', index: 0, key: { id: 2 }, current: null },
      order,
    );
    expect(toRequest(dropped).request.deletes).toEqual([]);
    const gone = keepMine(
      pending,
      { change: 'update', index: 0, key: { id: 1 }, current: null },
      order,
    );
    expect(toRequest(gone).request.updates).toEqual([]);
  });

  it('reads pasted tab-separated rows into the editable columns in order', () => {
    const columns = [
      { name: 'id', category: 'N', editable: true },
      { name: 'serial', category: 'N', editable: false },
      { name: 'name', category: 'S', editable: true },
      { name: 'amount', category: 'N', editable: true },
    ];
    expect(parsePastedRows('1\t99\tone\t2.5\r\n2\t\t\t\n3\t\t\\N\t7\n', columns)).toEqual([
      { id: '1', name: 'one', amount: '2.5' },
      { id: '2', name: '', amount: null },
      { id: '3', name: null, amount: '7' },
    ]);
  });
});
