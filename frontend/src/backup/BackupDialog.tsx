import { FolderOpen, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { isApiError } from '../api/client';
import { selectJob } from '../jobs/selection';
import { FilePickerDialog } from '../storage';
import { Dialog, errorText } from '../storage/Dialog';
import { announceStarted } from '../jobs/started';
import { EXTENSIONS, backupDefaults, previewBackup, startBackup, suggestedName } from './api';
import type { BackupOptions, BackupPreview, BackupRequest, DumpFormat } from './api';
import {
  Check,
  Checks,
  DialogButtons,
  DialogTabs,
  Field,
  Group,
  NumberInput,
  groupSetter,
} from './Fields';
import type { BackupTarget } from './store';
import './backup.css';

type Tab = 'general' | 'data' | 'queries' | 'options';
const TABS = [
  ['general', 'General'],
  ['data', 'Data Options'],
  ['queries', 'Query Options'],
  ['options', 'Options'],
] as const;

const FORMATS: ReadonlyArray<readonly [DumpFormat, string]> = [
  ['custom', 'Custom'],
  ['tar', 'Tar'],
  ['plain', 'Plain'],
  ['directory', 'Directory'],
];

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
    file,
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

interface OptionsProps {
  options: BackupOptions;
  onOptions: (options: BackupOptions) => void;
}

function General({
  file,
  onFile,
  onBrowse,
  format,
  onFormat,
  options,
  onOptions,
}: OptionsProps & {
  file: string;
  onFile: (file: string) => void;
  onBrowse: () => void;
  format: DumpFormat;
  onFormat: (format: DumpFormat) => void;
}) {
  return (
    <div className="option-grid">
      <Field label="Filename (in Storage)">
        {(id) => (
          <div className="file-field">
            <input
              id={id}
              className="text-input"
              data-testid="backup-file"
              value={file}
              onChange={(event) => onFile(event.target.value)}
              spellCheck={false}
            />
            <button
              type="button"
              className="toolbar-button"
              data-testid="backup-browse"
              onClick={onBrowse}
            >
              <FolderOpen size={14} aria-hidden="true" />
              Browse…
            </button>
          </div>
        )}
      </Field>
      <Field label="Format">
        {(id) => (
          <select
            id={id}
            className="text-input"
            data-testid="backup-format"
            value={format}
            onChange={(event) => onFormat(event.target.value as DumpFormat)}
          >
            {FORMATS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Compression ratio (0–9)">
        {(id) => (
          <NumberInput
            id={id}
            min={0}
            max={9}
            placeholder="pg_dump's default"
            value={options.compression}
            onChange={(compression) => onOptions({ ...options, compression })}
          />
        )}
      </Field>
      <Field label="Encoding">
        {(id) => (
          <input
            id={id}
            className="text-input"
            placeholder="the database's"
            value={options.encoding ?? ''}
            onChange={(event) => onOptions({ ...options, encoding: event.target.value || null })}
          />
        )}
      </Field>
      <Field label="Number of jobs (directory format)">
        {(id) => (
          <NumberInput
            id={id}
            min={1}
            max={64}
            placeholder="1"
            value={options.jobs}
            onChange={(jobs) => onOptions({ ...options, jobs })}
          />
        )}
      </Field>
      <Field label="Role name">
        {(id) => (
          <input
            id={id}
            className="text-input"
            value={options.role ?? ''}
            onChange={(event) => onOptions({ ...options, role: event.target.value || null })}
          />
        )}
      </Field>
    </div>
  );
}

function DataOptions({ options, onOptions }: OptionsProps) {
  const sections = options.sections;
  const objects = options.typeOfObjects;
  const not = options.doNotSave;
  const setSections = groupSetter(options, onOptions, 'sections');
  const setObjects = groupSetter(options, onOptions, 'typeOfObjects');
  const setNot = groupSetter(options, onOptions, 'doNotSave');
  return (
    <div className="option-columns">
      <Group title="Sections">
        <Checks
          values={sections}
          labels={{ preData: 'Pre-data', data: 'Data', postData: 'Post-data' }}
          onChange={setSections}
        />
      </Group>
      <Group title="Type of objects">
        <Checks
          values={objects}
          labels={{
            onlyData: 'Only data',
            onlySchema: 'Only schema',
            blobs: 'Blobs (large objects)',
          }}
          testIds={{ blobs: 'backup-blobs' }}
          onChange={setObjects}
        />
      </Group>
      <Group title="Do not save">
        <Checks
          values={not}
          labels={{
            owner: 'Owner',
            privileges: 'Privileges',
            tablespaces: 'Tablespaces',
            unloggedTableData: 'Unlogged table data',
            comments: 'Comments',
            publications: 'Publications',
            subscriptions: 'Subscriptions',
            securityLabels: 'Security labels',
            toastCompression: 'Toast compression',
            tableAccessMethod: 'Table access method',
          }}
          testIds={{ owner: 'backup-no-owner', privileges: 'backup-no-privileges' }}
          onChange={setNot}
        />
      </Group>
    </div>
  );
}

function QueryOptions({ options, onOptions }: OptionsProps) {
  const queries = options.queries;
  const set = groupSetter(options, onOptions, 'queries');
  return (
    <div className="option-columns">
      <Group title="Queries">
        <Checks
          values={queries}
          labels={{ inserts: 'Use INSERT commands', columnInserts: 'Use column inserts' }}
          onChange={set}
        />
        <Field label="Maximum rows per INSERT command">
          {(id) => (
            <NumberInput
              id={id}
              min={1}
              value={queries.rowsPerInsert}
              onChange={(rowsPerInsert) => set({ rowsPerInsert })}
            />
          )}
        </Field>
        <Checks
          values={queries}
          labels={{
            onConflictDoNothing: 'On conflict do nothing to INSERT command',
            createDatabase: 'Include CREATE DATABASE statement',
          }}
          onChange={set}
        />
        <Check
          label="Include DROP DATABASE statement (plain format)"
          checked={queries.clean}
          onChange={(clean) => set({ clean, ifExists: clean && queries.ifExists })}
        />
        <Check
          label="Include IF EXISTS clause"
          checked={queries.ifExists}
          disabled={!queries.clean}
          onChange={(ifExists) => set({ ifExists })}
        />
      </Group>
    </div>
  );
}

function MoreOptions({ options, onOptions }: OptionsProps) {
  const disable = options.disable;
  const misc = options.miscellaneous;
  const setDisable = groupSetter(options, onOptions, 'disable');
  const setMisc = groupSetter(options, onOptions, 'miscellaneous');
  const patterns = (value: string) =>
    value
      .split(/[\n,]/)
      .map((pattern) => pattern.trim())
      .filter(Boolean);
  return (
    <div className="option-columns">
      <Group title="Disable">
        <Checks
          values={disable}
          labels={{ triggers: 'Trigger (data only)', dollarQuoting: '$ quoting' }}
          onChange={setDisable}
        />
      </Group>
      <Group title="Miscellaneous">
        <Checks
          values={misc}
          labels={{
            verbose: 'Verbose messages',
            quoteAllIdentifiers: 'Force double quote on identifiers',
            setSessionAuthorization: 'Use SET SESSION AUTHORIZATION',
            loadViaPartitionRoot: 'Load via partition root',
            serializableDeferrable: 'Serializable deferrable',
          }}
          onChange={setMisc}
        />
        <Field label="Exclude table patterns (comma or line separated)">
          {(id) => (
            <textarea
              id={id}
              className="text-input text-area"
              defaultValue={misc.excludeTables.join('\n')}
              onBlur={(event) => setMisc({ excludeTables: patterns(event.target.value) })}
            />
          )}
        </Field>
        <Field label="Exclude table data patterns">
          {(id) => (
            <textarea
              id={id}
              className="text-input text-area"
              defaultValue={misc.excludeTableData.join('\n')}
              onBlur={(event) => setMisc({ excludeTableData: patterns(event.target.value) })}
            />
          )}
        </Field>
        <Field label="Exclude schema patterns">
          {(id) => (
            <textarea
              id={id}
              className="text-input text-area"
              defaultValue={misc.excludeSchemas.join('\n')}
              onBlur={(event) => setMisc({ excludeSchemas: patterns(event.target.value) })}
            />
          )}
        </Field>
        <Field label="Extra float digits">
          {(id) => (
            <NumberInput
              id={id}
              min={-15}
              max={3}
              value={misc.extraFloatDigits}
              onChange={(extraFloatDigits) => setMisc({ extraFloatDigits })}
            />
          )}
        </Field>
        <Field label="Lock wait timeout (ms)">
          {(id) => (
            <NumberInput
              id={id}
              min={1}
              value={misc.lockWaitTimeout}
              onChange={(lockWaitTimeout) => setMisc({ lockWaitTimeout })}
            />
          )}
        </Field>
      </Group>
    </div>
  );
}
