import { CheckCircle2, CircleSlash, Loader2, X, XCircle } from 'lucide-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
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
    <NoticeFrame
      kind={job.status}
      testId="job-notice"
      icon={<Icon size={16} aria-hidden="true" className="job-notice__icon" />}
      title={`${JOB_TYPE_LABELS[job.type]} ${job.status}`}
      object={job.object}
      openTestId="job-notice-open"
      onOpen={() => onOpen(job.id)}
      onDismiss={() => onDismiss(job.id)}
    >
      {job.note && <span className="small">{job.note.split('\n')[0]}</span>}
      {failed && (
        <span className="small job-notice__advice" data-testid="job-notice-advice">
          {adviceFor(job)}
        </span>
      )}
    </NoticeFrame>
  );
}

/** "Backup started": shown from the moment the job is accepted until it ends (or a while has passed). */
function StartedNotice({ job, onOpen }: { job: StartedJob; onOpen: (id: number) => void }) {
  useEffect(() => {
    const timer = window.setTimeout(() => dismissStarted(job.id), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [job.id]);
  return (
    <NoticeFrame
      kind="running"
      testId="job-notice-started"
      icon={<Loader2 size={16} aria-hidden="true" className="job-notice__icon" />}
      title={job.title}
      object={job.object}
      onOpen={() => onOpen(job.id)}
      onDismiss={() => dismissStarted(job.id)}
    />
  );
}

interface NoticeFrameProps {
  kind: string;
  testId: string;
  icon: ReactNode;
  title: string;
  object?: string;
  openTestId?: string;
  onOpen: () => void;
  onDismiss: () => void;
  /** More lines under the object. */
  children?: ReactNode;
}

/** A notice's frame: icon, title, what it is about, a link to Processes (which also dismisses it), and a close button. */
function NoticeFrame(props: NoticeFrameProps) {
  return (
    <div
      className={`job-notice job-notice--${props.kind}`}
      role="status"
      data-testid={props.testId}
    >
      {props.icon}
      <div className="job-notice__text">
        <strong>{props.title}</strong>
        <span className="muted">{props.object}</span>
        {props.children}
        <button
          type="button"
          className="link-button"
          data-testid={props.openTestId}
          onClick={() => {
            props.onOpen();
            props.onDismiss();
          }}
        >
          View Processes
        </button>
      </div>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={props.onDismiss}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
