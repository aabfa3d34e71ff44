import { CheckCircle2, CircleSlash, Loader2, X, XCircle } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { announceCatalogChange } from '../api/catalogChanges';
import { JOB_TYPE_LABELS, type Job } from './api';
import { adviceFor } from './advice';
import { useJobEvents } from './events';
import { dismissStarted, useStartedJobs, type StartedJob } from './started';
import './jobs.css';

const SHOWN_MS = 12_000;

export interface JobNoticesProps {
  /** Opens Processes with the job's details. */
  onOpenJob: (id: number) => void;
}

/** A notice in the corner when a job ends, with a link to its details; it goes by itself after a while. */
export function JobNotices({ onOpenJob }: JobNoticesProps) {
  const [notices, setNotices] = useState<Job[]>([]);
  const dismiss = useCallback(
    (id: number) => setNotices((all) => all.filter((n) => n.id !== id)),
    [],
  );
  useJobEvents(
    useCallback((job: Job) => {
      dismissStarted(job.id);
      // A restore changes the catalog even when it fails part way (without a single transaction).
      if (job.database && (job.type === 'restore' || job.type === 'import'))
        announceCatalogChange(job.database);
      setNotices((all) => [...all.filter((n) => n.id !== job.id), job]);
    }, []),
  );

  const started = useStartedJobs();

  return (
    <div className="job-notices" aria-live="polite" data-testid="job-notices">
      {started.map((job) => (
        <StartedNotice key={`started-${job.id}`} job={job} onOpen={onOpenJob} />
      ))}
      {notices.map((job) => (
        <Notice key={job.id} job={job} onDismiss={dismiss} onOpen={onOpenJob} />
      ))}
    </div>
  );
}

function Notice({
  job,
  onDismiss,
  onOpen,
}: {
  job: Job;
  onDismiss: (id: number) => void;
  onOpen: (id: number) => void;
}) {
  // A failure stays until it is read and dismissed; the rest go by themselves.
  const failed = job.status === 'failed';
  useEffect(() => {
    if (failed) return undefined;
    const timer = window.setTimeout(() => onDismiss(job.id), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [job.id, onDismiss, failed]);
  const Icon =
    job.status === 'succeeded' ? CheckCircle2 : job.status === 'failed' ? XCircle : CircleSlash;
  return (
    <div className={`job-notice job-notice--${job.status}`} role="status" data-testid="job-notice">
      <Icon size={16} aria-hidden="true" className="job-notice__icon" />
      <div className="job-notice__text">
        <strong>
          {JOB_TYPE_LABELS[job.type]} {job.status}
        </strong>
        <span className="muted">{job.object}</span>
        {job.note && <span className="small">{job.note.split('\n')[0]}</span>}
        {failed && (
          <span className="small job-notice__advice" data-testid="job-notice-advice">
            {adviceFor(job)}
          </span>
        )}
        <button
          type="button"
          className="link-button"
          data-testid="job-notice-open"
          onClick={() => {
            onOpen(job.id);
            onDismiss(job.id);
          }}
        >
          View Processes
        </button>
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => onDismiss(job.id)}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}

/** "Backup started": shown from the moment the job is accepted until it ends (or a while has passed). */
function StartedNotice({ job, onOpen }: { job: StartedJob; onOpen: (id: number) => void }) {
  useEffect(() => {
    const timer = window.setTimeout(() => dismissStarted(job.id), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [job.id]);
  return (
    <div className="job-notice job-notice--running" role="status" data-testid="job-notice-started">
      <Loader2 size={16} aria-hidden="true" className="job-notice__icon" />
      <div className="job-notice__text">
        <strong>{job.title}</strong>
        <span className="muted">{job.object}</span>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onOpen(job.id);
            dismissStarted(job.id);
          }}
        >
          View Processes
        </button>
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => dismissStarted(job.id)}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
