import { useState, type Dispatch, type SetStateAction } from 'react';
import { apiSend, isApiError } from '../api/client';
import { errorText } from '../ui/errorText';
import { changesUrl } from './api';
import type { Saved } from './DataStatus';
import {
  EMPTY_HISTORY,
  changeCount,
  keepMine,
  record,
  takeTheirs,
  toRequest,
  type History,
  type RequestOrder,
} from './pending';
import type { Conflict, DataTarget } from './types';

/** The row whose change the server refused, and why: the grid marks it until the next save. */
export type FailedRow =
  | { kind: 'insert'; insertId: number; reason: string }
  | { kind: 'server'; id: string; reason: string };

interface SaveHooks {
  setHistory: Dispatch<SetStateAction<History>>;
  report: (saved: Saved) => void;
  refresh: () => void;
  /** Rows the save inserted, as stored: kept in sight whatever the filter. */
  keep: (rows: unknown[][]) => void;
  stopEditing: () => void;
}

/**
 * Save: every pending change in one request (one transaction on the server). A row someone else changed meanwhile
 * makes the server refuse them all; the conflicts are kept for the resolver, and the pending changes stay.
 */
export function useSaveChanges(target: DataTarget, history: History, hooks: SaveHooks) {
  const [saving, setSaving] = useState(false);
  const [conflicts, setConflicts] = useState<
    { list: Conflict[]; order: RequestOrder } | undefined
  >();
  const [failedRow, setFailedRow] = useState<FailedRow>();
  const { setHistory, report, refresh, keep, stopEditing } = hooks;

  const save = async () => {
    const pending = history.pending;
    if (!changeCount(pending)) return refresh();
    const { request, order } = toRequest(pending);
    setSaving(true);
    setFailedRow(undefined);
    try {
      const result = await apiSend<{
        inserted: number;
        updated: number;
        deleted: number;
        insertedRows?: unknown[][];
      }>('POST', changesUrl(target), request);
      setHistory(EMPTY_HISTORY);
      setConflicts(undefined);
      stopEditing();
      report({
        message: `Saved: ${result.inserted} inserted, ${result.updated} updated, ${result.deleted} deleted.`,
      });
      refresh();
      keep(result.insertedRows ?? []);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && Array.isArray(error.problem.conflicts)) {
        setConflicts({ list: error.problem.conflicts as Conflict[], order });
        report({ message: 'Nothing was saved: some rows changed meanwhile.', error: true });
        // Show what the rows hold now; the pending changes keep what they were based on until resolved.
        refresh();
      } else {
        const failed = failedRowOf(error, pending, order);
        setFailedRow(failed);
        report({
          message: failed ? `Nothing was saved: ${failed.reason}` : errorText(error),
          error: true,
        });
      }
    } finally {
      setSaving(false);
    }
  };

  const resolve = (conflict: Conflict, mine: boolean) => {
    if (!conflicts) return;
    setHistory((h) =>
      record(
        h,
        mine
          ? keepMine(h.pending, conflict, conflicts.order)
          : takeTheirs(h.pending, conflict, conflicts.order),
      ),
    );
    setConflicts({ ...conflicts, list: conflicts.list.filter((c) => c !== conflict) });
  };

  return {
    saving,
    conflicts,
    failedRow,
    save,
    resolve,
    closeConflicts: () => setConflicts(undefined),
  };
}

/** The pending row the server's refusal names ({@code failedChange}), with the server's message and detail. */
function failedRowOf(
  error: unknown,
  pending: History['pending'],
  order: RequestOrder,
): FailedRow | undefined {
  if (!isApiError(error)) return undefined;
  const change = error.problem.failedChange as { change?: string; index?: number } | undefined;
  if (!change || typeof change.index !== 'number') return undefined;
  const serverDetail = error.problem.serverDetail;
  const reason = [error.detail, typeof serverDetail === 'string' ? serverDetail : undefined]
    .filter(Boolean)
    .join(' ');
  if (change.change === 'insert') {
    const insert = pending.inserts[change.index];
    return insert && { kind: 'insert', insertId: insert.id, reason };
  }
  const id = (change.change === 'update' ? order.updates : order.deletes)[change.index];
  return id === undefined ? undefined : { kind: 'server', id, reason };
}
