import { useMemo, useState } from 'react';
import type { Session } from './api';

type Column = { key: keyof Session; label: string };

const COLUMNS: Column[] = [
  { key: 'pid', label: 'PID' },
  { key: 'database', label: 'Database' },
  { key: 'role', label: 'Role' },
  { key: 'application', label: 'Application' },
  { key: 'client', label: 'Client' },
  { key: 'state', label: 'State' },
  { key: 'waitEvent', label: 'Wait event' },
  { key: 'backendStart', label: 'Backend start' },
  { key: 'queryStart', label: 'Query start' },
  { key: 'query', label: 'Query' },
];

interface SessionsTableProps {
  sessions: Session[];
  canTerminate: boolean;
  onCancel: (session: Session) => void;
  onTerminate: (session: Session) => void;
  onShowQuery: (session: Session) => void;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The sessions, sortable by any column (click its header) and filtered by any text in them. */
export function SessionsTable({
  sessions,
  canTerminate,
  onCancel,
  onTerminate,
  onShowQuery,
}: SessionsTableProps) {
  const [sort, setSort] = useState<{ key: keyof Session; descending: boolean }>({
    key: 'queryStart',
    descending: false,
  });
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const kept = needle
      ? sessions.filter((s) => COLUMNS.some((c) => text(s[c.key]).toLowerCase().includes(needle)))
      : sessions;
    const direction = sort.descending ? -1 : 1;
    return [...kept].sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * direction;
      return text(x).localeCompare(text(y)) * direction;
    });
  }, [sessions, filter, sort]);

  return (
    <section className="dashboard-section" aria-label="Sessions">
      <div className="dashboard-section__bar">
        <h3>Sessions ({sessions.length})</h3>
        <input
          type="search"
          placeholder="Filter sessions"
          aria-label="Filter sessions"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <div className="dashboard-table-wrap">
        <table className="dashboard-table" data-testid="sessions-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  aria-sort={
                    sort.key === column.key
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : 'none'
                  }
                >
                  <button
                    type="button"
                    className="dashboard-table__sort"
                    onClick={() =>
                      setSort({
                        key: column.key,
                        descending: sort.key === column.key ? !sort.descending : false,
                      })
                    }
                  >
                    {column.label}
                  </button>
                </th>
              ))}
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((session) => (
              <tr key={session.pid} data-pid={session.pid}>
                {COLUMNS.map((column) =>
                  column.key === 'query' ? (
                    <td key={column.key} className="dashboard-table__query">
                      <button
                        type="button"
                        className="data-link-button"
                        title="Show the whole query"
                        onClick={() => onShowQuery(session)}
                      >
                        {session.query || '(none)'}
                      </button>
                    </td>
                  ) : (
                    <td key={column.key}>{text(session[column.key])}</td>
                  ),
                )}
                <td className="dashboard-table__actions">
                  <button
                    type="button"
                    className="toolbar-button"
                    disabled={session.state !== 'active'}
                    onClick={() => onCancel(session)}
                  >
                    Cancel query
                  </button>
                  {canTerminate && (
                    <button
                      type="button"
                      className="toolbar-button"
                      onClick={() => onTerminate(session)}
                    >
                      Terminate
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
