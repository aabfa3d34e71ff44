import type { ReactNode } from 'react';
import { SortableTable, type TableColumn } from '../ui/SortableTable';
import type { Lock, PreparedTransaction, Session } from './api';

const sessionColumns = (onShowQuery: (session: Session) => void): TableColumn<Session>[] => [
  { key: 'pid', label: 'PID', value: (s) => s.pid },
  { key: 'database', label: 'Database', value: (s) => s.database },
  { key: 'role', label: 'Role', value: (s) => s.role },
  { key: 'application', label: 'Application', value: (s) => s.application },
  { key: 'client', label: 'Client', value: (s) => s.client },
  { key: 'state', label: 'State', value: (s) => s.state },
  { key: 'waitEvent', label: 'Wait event', value: (s) => s.waitEvent },
  { key: 'backendStart', label: 'Backend start', value: (s) => s.backendStart },
  { key: 'queryStart', label: 'Query start', value: (s) => s.queryStart },
  {
    key: 'query',
    label: 'Query',
    value: (s) => s.query,
    render: (s) => (
      <button
        type="button"
        className="data-link-button"
        title="Show the whole query"
        onClick={() => onShowQuery(s)}
      >
        {s.query || '(none)'}
      </button>
    ),
  },
];

export function SessionsTable({
  sessions,
  actions,
  onShowQuery,
}: {
  sessions: Session[];
  actions: (session: Session) => ReactNode;
  onShowQuery: (session: Session) => void;
}) {
  return (
    <SortableTable
      label="Sessions"
      testId="sessions-table"
      rows={sessions}
      columns={sessionColumns(onShowQuery)}
      rowKey={(s) => s.pid}
      actions={actions}
      initialSort="queryStart"
    />
  );
}

/** Locks, the waiting ones with the chain of sessions they wait for. */
export function LocksTable({ locks }: { locks: Lock[] }) {
  return (
    <SortableTable
      label="Locks"
      testId="locks-table"
      rows={locks}
      rowKey={(l) => `${l.pid}:${l.lockType}:${l.mode}:${l.relation ?? ''}:${l.granted}`}
      empty="No locks held."
      columns={[
        { key: 'pid', label: 'PID', value: (l) => l.pid },
        { key: 'role', label: 'Role', value: (l) => l.role },
        { key: 'lockType', label: 'Lock type', value: (l) => l.lockType },
        { key: 'relation', label: 'Relation', value: (l) => l.relation },
        { key: 'mode', label: 'Mode', value: (l) => l.mode },
        { key: 'granted', label: 'Granted', value: (l) => (l.granted ? 'yes' : 'waiting') },
        {
          key: 'blockedBy',
          label: 'Blocked by',
          value: (l) => l.blockedBy.join(' ← '),
          render: (l) => (l.blockedBy.length ? `${l.pid} ← ${l.blockedBy.join(' ← ')}` : ''),
        },
      ]}
    />
  );
}

export function PreparedTable({ prepared }: { prepared: PreparedTransaction[] }) {
  return (
    <SortableTable
      label="Prepared transactions"
      rows={prepared}
      rowKey={(t) => t.gid}
      columns={[
        { key: 'gid', label: 'Identifier', value: (t) => t.gid },
        { key: 'database', label: 'Database', value: (t) => t.database },
        { key: 'role', label: 'Role', value: (t) => t.role },
        { key: 'prepared', label: 'Prepared', value: (t) => t.prepared },
      ]}
    />
  );
}

/** The active queries, longest running first. */
export function LongestRunningTable({ sessions, now }: { sessions: Session[]; now: number }) {
  const running = sessions
    .filter((s) => s.state === 'active' && s.queryStart)
    .map((s) => ({ ...s, seconds: Math.max(0, (now - Date.parse(s.queryStart ?? '')) / 1000) }));
  return (
    <SortableTable
      label="Longest running"
      testId="longest-running"
      rows={running}
      rowKey={(s) => s.pid}
      empty="No query is running."
      initialSort="seconds"
      columns={[
        {
          key: 'seconds',
          label: 'Running (s)',
          value: (s) => -s.seconds,
          render: (s) => s.seconds.toFixed(1),
        },
        { key: 'pid', label: 'PID', value: (s) => s.pid },
        { key: 'role', label: 'Role', value: (s) => s.role },
        { key: 'query', label: 'Query', value: (s) => s.query },
      ]}
    />
  );
}
