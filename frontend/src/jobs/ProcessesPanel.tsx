import { appUrl } from '../api/base';
import { useQueryClient } from '@tanstack/react-query';
import { Activity, DatabaseBackup, Download, FileText, History, Square } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Deployment } from '../api/types';
import { BackupTargetPrompt } from '../backup/BackupTargetPrompt';
import { contentUrl } from '../storage';
import {
  JOB_TYPE_LABELS,
  cancelJob,
  formatDuration,
  formatTime,
  isFinal,
  jobKeys,
  useJobs,
  type Job,
} from './api';
import { JobLog } from './JobLog';
import { selectJob, useSelectedJob } from './selection';
import './jobs.css';
import { errorText } from '../ui/errorText';

export interface ProcessesPanelProps {
  deployment: Deployment;
}

/** Background jobs (backups, restores, maintenance, imports): their state, command and live log; Stop ends one. */
export function ProcessesPanel({ deployment }: ProcessesPanelProps) {
  const jobs = useJobs();
  const selectedId = useSelectedJob();
  const [prompt, setPrompt] = useState<'backup' | 'restore'>();
  const now = useNow(jobs.data?.some((job) => job.status === 'running') ?? false);
  const selected = jobs.data?.find((job) => job.id === selectedId);
  const { backup, restore } = deployment.capabilities;

  return (
    <div className="feature-panel processes" data-testid="processes-panel">
      <div className="processes__header">
        <h1 className="panel-title">
          <Activity size={16} aria-hidden="true" />
          Processes
        </h1>
        <div className="processes__actions">
          {backup && (
            <button
              type="button"
              className="toolbar-button"
              data-testid="new-backup"
              onClick={() => setPrompt('backup')}
            >
              <DatabaseBackup size={14} aria-hidden="true" />
              New backup…
            </button>
          )}
          {restore && (
            <button
              type="button"
              className="toolbar-button"
              data-testid="new-restore"
              onClick={() => setPrompt('restore')}
            >
              <History size={14} aria-hidden="true" />
              Restore…
            </button>
          )}
        </div>
      </div>
      {jobs.isError && <p className="form-error">{jobs.error.message}</p>}
      {jobs.data && jobs.data.length === 0 && <p className="empty-state">No processes yet.</p>}
      {jobs.data && jobs.data.length > 0 && (
        <div className="processes__list">
          <table className="grid-table processes__table">
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Object</th>
                <th scope="col">Status</th>
                <th scope="col">Start time</th>
                <th scope="col">Duration</th>
                <th scope="col">
                  <span className="visually-hidden">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.data.map((job) => (
                <JobRow
                  key={job.id}
                  job={job}
                  now={now}
                  selected={job.id === selectedId}
                  onSelect={() => selectJob(job.id === selectedId ? undefined : job.id)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected && <JobDetails job={selected} now={now} />}
      {prompt && <BackupTargetPrompt kind={prompt} onClose={() => setPrompt(undefined)} />}
    </div>
  );
}

function JobRow({
  job,
  now,
  selected,
  onSelect,
}: {
  job: Job;
  now: number;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <tr
      className={selected ? 'is-selected' : undefined}
      data-testid="job-row"
      data-job-id={job.id}
      data-status={job.status}
      onClick={onSelect}
    >
      <td>{JOB_TYPE_LABELS[job.type] ?? job.type}</td>
      <td className="mono">{job.object}</td>
      <td>
        <span className={`job-status job-status--${job.status}`}>{job.status}</span>
      </td>
      <td>{formatTime(job.startedAt ?? job.createdAt)}</td>
      <td>{formatDuration(duration(job, now))}</td>
      <td>
        <button
          type="button"
          className="icon-button"
          aria-label={`Details of job ${job.id}`}
          title="Details"
          data-testid="job-details-button"
          onClick={(event) => {
            event.stopPropagation();
            selectJob(job.id);
          }}
        >
          <FileText size={14} aria-hidden="true" />
        </button>
      </td>
    </tr>
  );
}

function JobDetails({ job, now }: { job: Job; now: number }) {
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const stop = async () => {
    setError(undefined);
    try {
      const stopped = await cancelJob(job.id);
      client.setQueryData<Job[]>(jobKeys.all, (all) =>
        all?.map((j) => (j.id === stopped.id ? stopped : j)),
      );
    } catch (cause) {
      setError(errorText(cause));
    }
  };
  return (
    <section className="job-details" data-testid="job-details" aria-label={`Job ${job.id}`}>
      <div className="job-details__header">
        <h2>
          {JOB_TYPE_LABELS[job.type] ?? job.type} · <span className="mono">{job.object}</span>
        </h2>
        <span className={`job-status job-status--${job.status}`} data-testid="job-details-status">
          {job.status}
        </span>
        {!isFinal(job.status) && (
          <button type="button" className="toolbar-button" data-testid="job-stop" onClick={stop}>
            <Square size={12} aria-hidden="true" />
            Stop
          </button>
        )}
        {job.type === 'backup' && job.status === 'succeeded' && job.file && (
          <a
            className="toolbar-button"
            href={appUrl(contentUrl(job.file))}
            download
            data-testid="job-download"
          >
            <Download size={14} aria-hidden="true" />
            Download
          </a>
        )}
      </div>
      <dl className="job-details__facts">
        <dt>Started</dt>
        <dd>{formatTime(job.startedAt) || 'not yet'}</dd>
        <dt>Duration</dt>
        <dd>{formatDuration(duration(job, now))}</dd>
        {job.file && (
          <>
            <dt>File</dt>
            <dd className="mono">{job.file}</dd>
          </>
        )}
        {job.exitCode !== null && (
          <>
            <dt>Exit code</dt>
            <dd>{job.exitCode}</dd>
          </>
        )}
        {job.note && (
          <>
            <dt>Note</dt>
            <dd data-testid="job-note">{job.note}</dd>
          </>
        )}
      </dl>
      {job.command && (
        <pre className="code-block code-block--command" data-testid="job-command">
          {job.command}
        </pre>
      )}
      {error && <p className="form-error">{error}</p>}
      <JobLog key={`${job.id}-${isFinal(job.status)}`} id={job.id} />
    </section>
  );
}

/** While a job runs its duration grows with the clock; the server's figure counts once it ended. */
function duration(job: Job, now: number): number | null {
  if (job.status === 'running' && job.startedAt) {
    return Math.max(0, now - new Date(job.startedAt).getTime());
  }
  return job.durationMs;
}

function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now;
}
