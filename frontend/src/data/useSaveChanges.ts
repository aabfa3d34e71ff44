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

interface SaveHooks {
  setHistory: Dispatch<SetStateAction<History>>;
  report: (saved: Saved) => void;
  refresh: () => void;
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
  const { setHistory, report, refresh, stopEditing } = hooks;

  const save = async () => {
    const pending = history.pending;
    if (!changeCount(pending)) return refresh();
    const { request, order } = toRequest(pending);
    setSaving(true);
    try {
      const result = await apiSend<{ inserted: number; updated: number; deleted: number }>(
        'POST',
        changesUrl(target),
        request,
      );
      setHistory(EMPTY_HISTORY);
      setConflicts(undefined);
      stopEditing();
      report({
        message: `Saved: ${result.inserted} inserted, ${result.updated} updated, ${result.deleted} deleted.`,
      });
      refresh();
    } catch (error) {
      if (isApiError(error) && error.status === 409 && Array.isArray(error.problem.conflicts)) {
        setConflicts({ list: error.problem.conflicts as Conflict[], order });
        report({ message: 'Nothing was saved: some rows changed meanwhile.', error: true });
        // Show what the rows hold now; the pending changes keep what they were based on until resolved.
        refresh();
      } else {
        report({ message: errorText(error), error: true });
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

  return { saving, conflicts, save, resolve, closeConflicts: () => setConflicts(undefined) };
}
