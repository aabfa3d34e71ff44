import { Download, ListEnd } from 'lucide-react';
import { appUrl } from '../api/base';
import { SPREADSHEET_SAFE } from '../ui/exports';
import { queryApi } from './api';

/** Above a result: how many rows, how long it took, what went wrong, what was copied, and its exports. */
export function ResultBar({
  sessionId,
  resultId,
  known,
  durationMs,
  lost,
  cut,
  copied,
  downloadName,
  onCountAll,
}: {
  sessionId: string;
  resultId: string | undefined;
  known: { count: number; complete: boolean };
  durationMs: number;
  lost: string | undefined;
  /** Only part of the result is kept: no export is offered. */
  cut: boolean;
  copied: string | undefined;
  downloadName: string | undefined;
  onCountAll: () => void;
}) {
  const exportUrl = (format: 'csv' | 'json') =>
    queryApi.exportUrl(sessionId, resultId ?? '', format, downloadName);
  return (
    <div className="result__bar">
      <span data-testid="row-count">
        {known.count.toLocaleString()} {known.count === 1 ? 'row' : 'rows'}
        {known.complete ? (cut ? ' kept, the rest discarded' : '') : ' read so far, more to come'}
      </span>
      <span className="muted" data-testid="result-timing">
        · {durationMs.toLocaleString()} ms
      </span>
      {lost && <span className="result__lost">{lost}</span>}
      {copied && (
        <span className="muted" role="status" data-testid="copy-message">
          {copied}
        </span>
      )}
      <span className="result__spacer" />
      {!known.complete && (
        <button
          type="button"
          className="toolbar-button"
          onClick={onCountAll}
          data-testid="count-all"
        >
          <ListEnd size={13} aria-hidden="true" />
          Count all rows
        </button>
      )}
      {cut && (
        <span className="muted" data-testid="export-refused">
          Not exported: only part of this result is kept. Run the query again to export all of it.
        </span>
      )}
      {resultId && !cut && (
        <>
          <a className="toolbar-button" href={appUrl(exportUrl('csv'))} download>
            <Download size={13} aria-hidden="true" /> CSV
          </a>
          <a
            className="toolbar-button"
            href={appUrl(`${exportUrl('csv')}&neutralizeFormulas=true`)}
            download
            title={SPREADSHEET_SAFE}
          >
            <Download size={13} aria-hidden="true" /> CSV for spreadsheets
          </a>
          <a className="toolbar-button" href={appUrl(exportUrl('json'))} download>
            <Download size={13} aria-hidden="true" /> JSON
          </a>
        </>
      )}
    </div>
  );
}
