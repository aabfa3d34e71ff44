import { useCallback, useEffect, useRef, useState } from 'react';
import { Pause, Play } from 'lucide-react';
import type { Deployment } from '../api/types';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/errorText';
import { ValueViewer } from '../ui/ValueViewer';
import { activityApi, type Lock, type Session, type Stats } from './api';
import { Chart } from './Chart';
import { addSample, emptySeries } from './samples';
import { LocksTable, LongestRunningTable, PreparedTable, SessionsTable } from './ActivityTables';
import './dashboard.css';

const INTERVALS = [1, 2, 5, 10];

interface DashboardProps {
  deployment: Deployment;
  databases: string[];
  /** Opened from a database in the Object Explorer: that database only. */
  initialDatabase?: string;
}

/**
 * The live picture, as pgAdmin's Dashboard gives it: sessions, transactions, tuples and blocks as charts refreshed at a
 * chosen interval (or paused), the sessions, the locks as blocking chains, prepared transactions and the longest
 * running queries; cancel a query, end a session (staging only).
 */
export function Dashboard({ deployment, databases, initialDatabase }: DashboardProps) {
  const [database, setDatabase] = useState(initialDatabase ?? '');
  const [seconds, setSeconds] = useState(2);
  const [paused, setPaused] = useState(false);
  const [series, setSeries] = useState(emptySeries);
  const [sessions, setSessions] = useState<Session[]>([]);
  const [locks, setLocks] = useState<Lock[]>([]);
  const [stats, setStats] = useState<Stats>();
  const [message, setMessage] = useState<string>();
  const [viewing, setViewing] = useState<Session>();
  const [terminating, setTerminating] = useState<Session>();
  const previous = useRef<Stats | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const [nextStats, nextSessions, nextLocks] = await Promise.all([
        activityApi.stats(database),
        activityApi.sessions(database),
        activityApi.locks(database),
      ]);
      setSeries((current) => addSample(current, previous.current, nextStats));
      previous.current = nextStats;
      setStats(nextStats);
      setSessions(nextSessions);
      setLocks(nextLocks);
    } catch (error) {
      setMessage(errorText(error));
    }
  }, [database]);

  useEffect(() => {
    previous.current = undefined;
    setSeries(emptySeries());
  }, [database]);

  useEffect(() => {
    if (paused) return;
    void refresh();
    const timer = window.setInterval(() => void refresh(), seconds * 1000);
    return () => window.clearInterval(timer);
  }, [refresh, seconds, paused]);

  const signal = async (session: Session, action: 'cancel' | 'terminate') => {
    try {
      await activityApi[action](session.pid);
      setMessage(
        action === 'cancel'
          ? `Asked session ${session.pid} to cancel its query.`
          : `Ended session ${session.pid}.`,
      );
      void refresh();
    } catch (error) {
      setMessage(errorText(error));
    }
  };

  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="dashboard-toolbar" role="toolbar" aria-label="Dashboard">
        <label>
          Database{' '}
          <select
            aria-label="Database"
            value={database}
            onChange={(event) => setDatabase(event.target.value)}
          >
            <option value="">{databases.length > 1 ? 'All (the server)' : databases[0]}</option>
            {databases.length > 1 &&
              databases.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
          </select>
        </label>
        <label>
          Refresh every{' '}
          <select
            aria-label="Refresh interval"
            value={seconds}
            onChange={(event) => setSeconds(Number(event.target.value))}
          >
            {INTERVALS.map((value) => (
              <option key={value} value={value}>
                {value} s
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="toolbar-button" onClick={() => setPaused(!paused)}>
          {paused ? <Play size={13} aria-hidden="true" /> : <Pause size={13} aria-hidden="true" />}
          {paused ? 'Resume' : 'Pause'}
        </button>
        {message && (
          <span className="muted" role="status" data-testid="dashboard-message">
            {message}
          </span>
        )}
      </div>
      <div className="dashboard-charts">
        <Chart
          title="Sessions"
          unit="sessions"
          times={series.times}
          lines={[
            { label: 'Active', values: series.sessions.active, color: '#2563eb' },
            { label: 'Idle', values: series.sessions.idle, color: '#94a3b8' },
            {
              label: 'Idle in transaction',
              values: series.sessions.idleInTransaction,
              color: '#d97706',
            },
          ]}
        />
        <Chart
          title="Transactions"
          unit="per second"
          times={series.times}
          lines={[
            { label: 'Committed', values: series.transactions.commits, color: '#16a34a' },
            { label: 'Rolled back', values: series.transactions.rollbacks, color: '#dc2626' },
          ]}
        />
        <Chart
          title="Tuples"
          unit="per second"
          times={series.times}
          lines={[
            { label: 'Read', values: series.tuples.fetched, color: '#2563eb' },
            { label: 'Returned', values: series.tuples.returned, color: '#0891b2' },
            { label: 'Inserted', values: series.tuples.inserted, color: '#16a34a' },
            { label: 'Updated', values: series.tuples.updated, color: '#d97706' },
            { label: 'Deleted', values: series.tuples.deleted, color: '#dc2626' },
          ]}
        />
        <Chart
          title="Blocks"
          unit="per second"
          times={series.times}
          lines={[
            { label: 'Read from disk', values: series.blocks.read, color: '#dc2626' },
            { label: 'Hit in cache', values: series.blocks.hit, color: '#16a34a' },
          ]}
        />
      </div>
      <SessionsTable
        sessions={sessions}
        onShowQuery={setViewing}
        actions={(session) => (
          <>
            <button
              type="button"
              className="toolbar-button"
              disabled={session.state !== 'active'}
              onClick={() => void signal(session, 'cancel')}
            >
              Cancel query
            </button>
            {deployment.capabilities.write && (
              <button
                type="button"
                className="toolbar-button"
                onClick={() => setTerminating(session)}
              >
                Terminate
              </button>
            )}
          </>
        )}
      />
      <LocksTable locks={locks} />
      <PreparedTable prepared={stats?.preparedTransactions ?? []} />
      <LongestRunningTable
        sessions={sessions}
        now={stats ? Date.parse(stats.sampledAt) : Date.now()}
      />
      {viewing && (
        <ValueViewer
          title={`Query of session ${viewing.pid}`}
          type="text"
          load={() => activityApi.query(viewing.pid)}
          onClose={() => setViewing(undefined)}
        />
      )}
      {terminating && (
        <Dialog
          title="Terminate session"
          size="narrow"
          onClose={() => setTerminating(undefined)}
          footer={
            <>
              <button type="button" onClick={() => setTerminating(undefined)}>
                Keep it
              </button>
              <button
                type="button"
                className="primary danger"
                onClick={() => {
                  void signal(terminating, 'terminate');
                  setTerminating(undefined);
                }}
              >
                Terminate session {terminating.pid}
              </button>
            </>
          }
        >
          <p>
            End session {terminating.pid} of role {terminating.role ?? '(hidden)'} (
            {terminating.application || 'no application name'}, database {terminating.database})?
            Its open transaction is rolled back and its client is disconnected.
          </p>
        </Dialog>
      )}
    </div>
  );
}
