import { Hash } from 'lucide-react';
import { errorText } from '../ui/errorText';

export interface Saved {
  message: string;
  error?: boolean;
}

interface DataStatusProps {
  /** The exact row count, when counted; else the server's estimate. */
  count: number | undefined;
  estimate: number | undefined;
  onCount: () => void;
  pendingCount: number;
  error: unknown;
  saved: Saved | undefined;
}

/** The line under the grid: how many rows, how many changes wait for Save, and what the last save or read said. */
const rows = (n: number) => `${n.toLocaleString()} row${n === 1 ? '' : 's'}`;

export function DataStatus({
  count,
  estimate,
  onCount,
  pendingCount,
  error,
  saved,
}: DataStatusProps) {
  const countText =
    count !== undefined
      ? rows(count)
      : estimate !== undefined
        ? `≈ ${rows(estimate)} (estimated)`
        : '';
  return (
    <div className="data-status" role="status">
      <span data-testid="row-count">{countText}</span>
      <button type="button" className="data-link-button" data-testid="count-rows" onClick={onCount}>
        <Hash size={11} aria-hidden="true" />
        Count exactly
      </button>
      {pendingCount > 0 && (
        <span className="data-status__pending" data-testid="pending-count">
          {pendingCount} pending change{pendingCount === 1 ? '' : 's'}
        </span>
      )}
      {error !== undefined && (
        <span className="data-error" role="alert">
          {errorText(error)}
        </span>
      )}
      {saved && (
        <span className={saved.error ? 'data-error' : 'muted'} data-testid="save-message">
          {saved.message}
        </span>
      )}
    </div>
  );
}
