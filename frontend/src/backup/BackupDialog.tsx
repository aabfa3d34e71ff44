import { TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { isApiError } from '../api/client';
import { FilePickerDialog } from '../storage';
import { errorText } from '../storage/Dialog';
import {
  EXTENSIONS,
  backupDefaults,
  previewBackup,
  startBackup,
  suggestedName,
  withExtension,
} from './api';
import type { BackupOptions, BackupRequest, DumpFormat } from './api';
import { Check } from './Fields';
import { JobDialog, useServerCheck } from './JobDialog';
import type { BackupTarget } from './store';
import { DataOptions, General, MoreOptions, QueryOptions } from './BackupOptionTabs';

/**
 * pgAdmin's Backup dialog with the right defaults for this deployment (the server's), every pg_dump option grouped as
 * pgAdmin groups them, and what pgdeck will run, and warns about, shown before it runs.
 */
export function BackupDialog({ target, onClose }: { target: BackupTarget; onClose: () => void }) {
  const [format, setFormat] = useState<DumpFormat>('custom');
  const [file, setFile] = useState(() => `backups/${suggestedName(target, 'custom')}`);
  const [overwrite, setOverwrite] = useState(false);
  const [options, setOptions] = useState<BackupOptions>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [picking, setPicking] = useState(false);

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
  const failed = (cause: unknown) => {
    setConflict(isApiError(cause) && cause.status === 409);
    setError(errorText(cause));
  };
  const { answer: preview } = useServerCheck(
    request,
    (asked) => previewBackup(target.database, asked),
    {
      answered: () => {
        setError(undefined);
        setConflict(false);
      },
      failed,
    },
  );

  const changeFormat = (next: DumpFormat) => {
    const ending = EXTENSIONS[format];
    if (ending && file.endsWith(ending)) setFile(file.slice(0, -ending.length) + EXTENSIONS[next]);
    else if (!ending) setFile(file + EXTENSIONS[next]);
    setFormat(next);
  };

  const what = [target.database, target.schema, target.table].filter(Boolean).join('.');
  return (
    <JobDialog
      title={`Backup (${target.scope}: ${what})`}
      kind="backup"
      startLabel="Backup"
      startedTitle="Backup started"
      object={request?.file ?? file}
      ready={Boolean(request && preview)}
      start={() => startBackup(target.database, request!)}
      onStartFailed={failed}
      onClose={onClose}
      error={error}
      header={preview?.warnings.map((warning) => (
        <p key={warning} className="backup-warning" role="alert" data-testid="backup-warning">
          <TriangleAlert size={14} aria-hidden="true" />
          {warning}
        </p>
      ))}
      pages={
        options && {
          general: (
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
          ),
          data: <DataOptions options={options} onOptions={setOptions} />,
          queries: <QueryOptions options={options} onOptions={setOptions} />,
          options: <MoreOptions options={options} onOptions={setOptions} />,
        }
      }
    >
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
    </JobDialog>
  );
}
