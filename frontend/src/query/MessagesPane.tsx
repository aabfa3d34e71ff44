import type { Execution, QueryError } from './api';

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export function ErrorDetails({ error, text }: { error: QueryError; text: string }) {
  return (
    <div className="message message--error" role="alert" data-testid="query-error">
      <div>
        <strong>ERROR:</strong> {error.message}
      </div>
      {error.sqlState && <div>SQL state: {error.sqlState}</div>}
      {error.detail && <div>Detail: {error.detail}</div>}
      {error.hint && <div>Hint: {error.hint}</div>}
      {error.scriptPosition !== undefined && (
        <div>Position: {lineAndColumn(text, error.scriptPosition)}</div>
      )}
    </div>
  );
}

/** Command tags, rows affected, notices and times of each statement, then the error and what pgdeck did. */
export function MessagesPane({ execution, text }: { execution: Execution; text: string }) {
  return (
    <div className="messages" data-testid="messages">
      {execution.results.map((result) => (
        <div key={result.statementIndex} className="message">
          {result.notices.map((notice, i) => (
            <div key={i} className="message__notice">
              NOTICE: {notice}
            </div>
          ))}
          <div>
            <span className="mono">{result.command || 'OK'}</span> ·{' '}
            {result.columns.length
              ? `${result.rowCount.toLocaleString()} rows${result.truncated ? ' read so far' : ''}`
              : `${result.rowCount.toLocaleString()} rows affected`}{' '}
            · {result.durationMs} ms
          </div>
        </div>
      ))}
      {execution.error && <ErrorDetails error={execution.error} text={text} />}
      {execution.messages.map((message, i) => (
        <div key={i} className="message message--info">
          {message}
        </div>
      ))}
      <div className="message muted">Total time {execution.durationMs} ms</div>
    </div>
  );
}
