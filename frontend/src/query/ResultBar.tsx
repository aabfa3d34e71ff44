import { ListEnd } from 'lucide-react';
import { ResultExports } from './ResultExports';

/** Above a result: how many rows, how long it took, what went wrong, what was copied, and its exports. */
export function ResultBar({
  sessionId,
  resultId,
  known,
  durationMs,
  lost,
  cut,
  onCut,
  onFailure,
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
  onCut: (reason: string) => void;
  onFailure: (text: string) => void;
  copied: string | undefined;
  downloadName: string | undefined;
  onCountAll: () => void;
}) {
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
      {resultId && (
        <ResultExports
          sessionId={sessionId}
          resultId={resultId}
          downloadName={downloadName}
          cut={cut}
          onCut={onCut}
          onFailure={onFailure}
        />
      )}
    </div>
  );
}
