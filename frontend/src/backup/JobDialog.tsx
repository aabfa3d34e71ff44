import { CircleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { selectJob } from '../jobs/selection';
import { announceStarted } from '../jobs/started';
import { Dialog } from '../storage/Dialog';
import { Check, DialogButtons, DialogTabs } from './Fields';
import './backup.css';

/** The tabs Backup and Restore share, as pgAdmin groups pg_dump's and pg_restore's options. */
export type OptionTab = 'general' | 'data' | 'queries' | 'options';
const TABS = [
  ['general', 'General'],
  ['data', 'Data Options'],
  ['queries', 'Query Options'],
  ['options', 'Options'],
] as const;

/**
 * What the server says of a request (Backup's preview, Restore's analysis), asked again a moment after the request
 * last changed by value: a new object with the same content asks nothing new.
 */
export function useServerCheck<R, A>(
  request: R | undefined,
  check: (request: R) => Promise<A>,
  on: { answered: () => void; failed: (cause: unknown) => void },
) {
  const [answer, setAnswer] = useState<A>();
  const [checking, setChecking] = useState(false);
  const requestKey = JSON.stringify(request);
  useEffect(() => {
    if (request === undefined) return undefined;
    setChecking(true);
    const timer = window.setTimeout(() => {
      check(request)
        .then(
          (next) => {
            setAnswer(next);
            on.answered();
          },
          (cause: unknown) => {
            setAnswer(undefined);
            on.failed(cause);
          },
        )
        .finally(() => setChecking(false));
    }, 250);
    return () => window.clearTimeout(timer);
  }, [requestKey]);
  return { answer, checking };
}

interface JobDialogProps {
  title: string;
  /** backup or restore: names the dialog, its main button and its error for tests. */
  kind: 'backup' | 'restore';
  startLabel: string;
  /** The notice shown when the job has started. */
  startedTitle: string;
  /** What the job works on, for the notice. */
  object: string;
  /** Whether the main button may start the job now. */
  ready: boolean;
  start: () => Promise<{ jobId: number }>;
  onStarted?: () => void;
  /** A start the server refused: the dialog stays open and shows why. */
  onStartFailed: (cause: unknown) => void;
  onClose: () => void;
  /** Each tab's page, once the options are loaded. */
  pages?: Record<OptionTab, ReactNode>;
  error?: string;
  /** Above the tabs (warnings). */
  header?: ReactNode;
  children?: ReactNode;
}

/**
 * The Backup and Restore dialogs' frame: the option tabs, the error, and a main button that starts the job, selects
 * it in Processes, announces it and closes the dialog; a refused start stays open with the server's reason.
 */
export function JobDialog(props: JobDialogProps) {
  const [tab, setTab] = useState<OptionTab>('general');
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      const started = await props.start();
      selectJob(started.jobId);
      announceStarted({ id: started.jobId, title: props.startedTitle, object: props.object });
      props.onStarted?.();
      props.onClose();
    } catch (cause) {
      props.onStartFailed(cause);
    } finally {
      setStarting(false);
    }
  };
  const error = props.error;
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      testId={`${props.kind}-dialog`}
      wide
      footer={
        <DialogButtons
          label={props.startLabel}
          testId={`${props.kind}-start`}
          disabled={!props.ready || starting}
          onConfirm={() => void start()}
          onCancel={props.onClose}
        />
      }
    >
      {props.header}
      <DialogTabs tabs={TABS} active={tab} onSelect={setTab} />
      {!props.pages && !error && <p className="muted">Loading the defaults…</p>}
      {props.pages && <div className="dialog-page">{props.pages[tab]}</div>}
      {error && (
        <p className="form-error" role="alert" data-testid={`${props.kind}-error`}>
          <CircleAlert size={14} aria-hidden="true" /> {error}
        </p>
      )}
      {props.children}
    </Dialog>
  );
}

/** pg_dump's and pg_restore's --clean with its --if-exists, which only counts with it. */
export function CleanChecks({
  label,
  clean,
  ifExists,
  onChange,
}: {
  label: string;
  clean: boolean;
  ifExists: boolean;
  onChange: (change: { clean?: boolean; ifExists?: boolean }) => void;
}) {
  return (
    <>
      <Check
        label={label}
        checked={clean}
        onChange={(next) => onChange({ clean: next, ifExists: next && ifExists })}
      />
      <Check
        label="Include IF EXISTS clause"
        checked={ifExists}
        disabled={!clean}
        onChange={(next) => onChange({ ifExists: next })}
      />
    </>
  );
}
