import { Check, History, LoaderCircle, Undo2 } from 'lucide-react';
import { queryApi, type SessionState, type TransactionStatus } from './api';
import { announceCatalogChange } from '../api/catalogChanges';
import { ToolbarButton } from '../ui/ToolbarButton';

const STATUS_LABELS: Record<TransactionStatus, string> = {
  idle: 'Idle',
  inTransaction: 'In transaction',
  failed: 'Transaction failed',
};

export interface TransactionControlsProps {
  session: SessionState | undefined;
  running: boolean;
  /** Runs a call on the session and takes the state it answers. */
  act: (action: () => Promise<SessionState | void>) => Promise<void>;
  showHistory: boolean;
  onToggleHistory: () => void;
}

/**
 * The session's side of the toolbar: its transaction state, auto-commit and auto-rollback, Commit, Rollback and
 * History. One group that wraps to its own line as a whole when the tab is narrow.
 */
export function TransactionControls({
  session,
  running,
  act,
  showHistory,
  onToggleHistory,
}: TransactionControlsProps) {
  const status = session?.transactionStatus ?? 'idle';
  const id = session?.id;
  return (
    <span className="query-toolbar__group query-toolbar__group--end">
      {running && <LoaderCircle size={14} className="spin" aria-label="Running" />}
      <span
        className={`pill tx-status tx-status--${status}`}
        data-testid="transaction-status"
        data-status={status}
      >
        {session ? STATUS_LABELS[status] : 'Connecting…'}
      </span>
      <label
        className="query-toolbar__toggle"
        title={
          session?.readOnly
            ? 'Production: every execution runs in a read-only transaction that pgdeck rolls back'
            : 'Commit each statement on its own'
        }
      >
        <input
          type="checkbox"
          data-testid="auto-commit"
          checked={session?.autoCommit ?? true}
          disabled={!session || session.readOnly || running}
          onChange={(e) => void act(() => queryApi.settings(id!, { autoCommit: e.target.checked }))}
        />
        Auto-commit
      </label>
      <label className="query-toolbar__toggle" title="Roll a failed transaction back at once">
        <input
          type="checkbox"
          checked={session?.autoRollback ?? false}
          disabled={!session || running}
          onChange={(e) =>
            void act(() => queryApi.settings(id!, { autoRollback: e.target.checked }))
          }
        />
        Auto-rollback
      </label>
      <ToolbarButton
        icon={Check}
        label="Commit"
        disabled={!session || session.readOnly || running || status === 'idle'}
        onClick={() =>
          void act(() => queryApi.commit(id!)).then(() => announceCatalogChange(session!.database))
        }
        testId="commit"
      />
      <ToolbarButton
        icon={Undo2}
        label="Rollback"
        disabled={!session || running || status === 'idle'}
        onClick={() => void act(() => queryApi.rollback(id!))}
        testId="rollback"
      />
      <ToolbarButton
        icon={History}
        label="History"
        pressed={showHistory}
        onClick={onToggleHistory}
        testId="toggle-history"
      />
    </span>
  );
}
