import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { queryApi } from './api';

export const historyKey = ['query-history'] as const;

/** Every execution, newest first, searchable; a click opens the text in a new Query Tool tab. */
export function HistoryPanel({ onOpen }: { onOpen: (database: string, sql: string) => void }) {
  const [search, setSearch] = useState('');
  const history = useQuery({
    queryKey: [...historyKey, search],
    queryFn: () => queryApi.history(search),
  });
  return (
    <aside className="history" aria-label="Query history" data-testid="history">
      <input
        type="search"
        className="history__search"
        placeholder="Search history"
        aria-label="Search history"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ol className="history__list">
        {history.data?.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className={`history__entry history__entry--${entry.outcome}`}
              title="Open in a new Query Tool tab"
              onClick={() => onOpen(entry.database, entry.sql)}
            >
              <span className="history__meta">
                {entry.database} · {new Date(entry.executedAt).toLocaleString()} ·{' '}
                {entry.durationMs} ms · {entry.rowCount} rows · {entry.outcome}
              </span>
              <span className="history__sql">{entry.sql}</span>
            </button>
          </li>
        ))}
      </ol>
      {history.isError && <div className="message message--error">{history.error.message}</div>}
    </aside>
  );
}
