import { TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { isApiError } from '../api/client';
import { selectJob } from '../jobs/selection';
import { FilePickerDialog } from '../storage';
import { Dialog, errorText } from '../storage/Dialog';
import { announceStarted } from '../jobs/started';
import {
  EXTENSIONS,
  backupDefaults,
  previewBackup,
  startBackup,
  suggestedName,
  withExtension,
} from './api';
import type { BackupOptions, BackupPreview, BackupRequest, DumpFormat } from './api';
import { Check, DialogButtons, DialogTabs } from './Fields';
import type { BackupTarget } from './store';
import './backup.css';
import { DataOptions, General, MoreOptions, QueryOptions } from './BackupOptionTabs';

type Tab = 'general' | 'data' | 'queries' | 'options';
const TABS = [
  ['general', 'General'],
  ['data', 'Data Options'],
  ['queries', 'Query Options'],
  ['options', 'Options'],
] as const;

/**
 * pgAdmin's Backup dialog with the right defaults for this deployment (the server's), every pg_dump option grouped as
 * pgAdmin groups them, and what pgdeck will run, and warns about, shown before it runs.
 */
export function BackupDialog({ target, onClose }: { target: BackupTarget; onClose: () => void }) {
  const [tab, setTab] = useState<Tab>('general');
  const [format, setFormat] = useState<DumpFormat>('custom');
  const [file, setFile] = useState(() => `backups/${suggestedName(target, 'custom')}`);
  const [overwrite, setOverwrite] = useState(false);
  const [options, setOptions] = useState<BackupOptions>();
  const [preview, setPreview] = useState<BackupPreview>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [picking, setPicking] = useState(false);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    backupDefaults(target.database, target.scope).then(
      (defaults) => {
        setOptions(defaults.options);
        setFormat(defaults.format);
      },
      (cause: unknown) => setError(errorText(cause)),
    );
  }, [target.database, target.scope]);

  const request: BackupRequest | undefined = options && {
    scope: target.scope,
    schema: target.schema,
    table: target.table,
    file: withExtension(file, format),
    format,
    overwrite,
    options,
  };
  const requestKey = JSON.stringify(request);

  useEffect(() => {
    if (!request) return undefined;
    const timer = window.setTimeout(() => {
      previewBackup(target.database, request).then(
        (answer) => {
          setPreview(answer);
          setError(undefined);
          setConflict(false);
        },
        (cause: unknown) => {
          setPreview(undefined);
          setConflict(isApiError(cause) && cause.status === 409);
          setError(errorText(cause));
        },
      );
    }, 250);
    return () => window.clearTimeout(timer);
    // The request is compared by value: a new object with the same content asks nothing new.
  }, [requestKey, target.database]);

  const changeFormat = (next: DumpFormat) => {
    const ending = EXTENSIONS[format];
    if (ending && file.endsWith(ending)) setFile(file.slice(0, -ending.length) + EXTENSIONS[next]);
    else if (!ending) setFile(file + EXTENSIONS[next]);
    setFormat(next);
  };

  const start = async () => {
    if (!request) return;
    setStarting(true);
    try {
      const started = await startBackup(target.database, request);
      selectJob(started.jobId);
      announceStarted({ id: started.jobId, title: 'Backup started', object: request.file });
      onClose();
    } catch (cause) {
      setError(errorText(cause));
      setConflict(isApiError(cause) && cause.status === 409);
    } finally {
      setStarting(false);
    }
  };

  const what = [target.database, target.schema, target.table].filter(Boolean).join('.');
  return (
    <Dialog
      title={`Backup (${target.scope}: ${what})`}
      onClose={onClose}
      testId="backup-dialog"
      wide
      footer={
        <DialogButtons
          label="Backup"
          testId="backup-start"
          disabled={!options || !preview || starting}
          onConfirm={start}
          onCancel={onClose}
        />
      }
    >
      {preview?.warnings.map((warning) => (
        <p key={warning} className="backup-warning" role="alert" data-testid="backup-warning">
          <TriangleAlert size={14} aria-hidden="true" />
          {warning}
        </p>
      ))}
      <DialogTabs tabs={TABS} active={tab} onSelect={setTab} />
      {!options && !error && <p className="muted">Loading the defaults…</p>}
      {options && (
        <div className="dialog-page">
          {tab === 'general' && (
            <General
              file={file}
              onFile={(next) => {
                setFile(next);
                setOverwrite(false);
              }}
              onBrowse={() => setPicking(true)}
              format={format}
              onFormat={changeFormat}
              options={options}
              onOptions={setOptions}
            />
          )}
          {tab === 'data' && <DataOptions options={options} onOptions={setOptions} />}
          {tab === 'queries' && <QueryOptions options={options} onOptions={setOptions} />}
          {tab === 'options' && <MoreOptions options={options} onOptions={setOptions} />}
        </div>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="backup-error">
          {error}
        </p>
      )}
      {conflict && (
        <Check label="Replace the existing file" checked={overwrite} onChange={setOverwrite} />
      )}
      {preview && (
        <details className="command-preview">
          <summary>Command</summary>
          <pre className="code-block code-block--command" data-testid="backup-command">
            {preview.command}
          </pre>
        </details>
      )}
      {picking && (
        <FilePickerDialog
          title="Save the backup as"
          mode="save"
          initialFolder={file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : ''}
          initialName={file.slice(file.lastIndexOf('/') + 1)}
          pickLabel="Choose"
          onPick={(choice) => {
            setFile(choice.path);
            setOverwrite(choice.exists);
            setPicking(false);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
    </Dialog>
  );
}
