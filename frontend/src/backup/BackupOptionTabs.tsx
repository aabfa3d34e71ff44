import { FolderOpen } from 'lucide-react';
import type { BackupOptions, DumpFormat } from './api';
import { Checks, Field, Group, NumberInput, groupSetter } from './Fields';
import { CleanChecks } from './JobDialog';

const FORMATS: ReadonlyArray<readonly [DumpFormat, string]> = [
  ['custom', 'Custom'],
  ['tar', 'Tar'],
  ['plain', 'Plain'],
  ['directory', 'Directory'],
];

/** The Backup dialog's tabs: what to back up and how (General), and pg_dump's options by kind. */
interface OptionsProps {
  options: BackupOptions;
  onOptions: (options: BackupOptions) => void;
}

export function General({
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

export function DataOptions({ options, onOptions }: OptionsProps) {
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

export function QueryOptions({ options, onOptions }: OptionsProps) {
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
        <CleanChecks
          label="Include DROP DATABASE statement (plain format)"
          clean={queries.clean}
          ifExists={queries.ifExists}
          onChange={set}
        />
      </Group>
    </div>
  );
}

export function MoreOptions({ options, onOptions }: OptionsProps) {
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
