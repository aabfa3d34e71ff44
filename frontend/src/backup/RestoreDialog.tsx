import { useEffect, useState } from 'react';
import { StorageFileField } from '../storage';
import { errorText } from '../storage/Dialog';
import { analyseRestore, restoreDefaults, startRestore } from './api';
import type { RestoreAnalysis, RestoreOptions, RestoreRequest } from './api';
import { Check, Checks, Field, Group, NumberInput, groupSetter } from './Fields';
import { CleanChecks, JobDialog, useServerCheck } from './JobDialog';
import { lastRestoreFile, rememberRestoreFile } from './lastFile';
import type { RestoreTarget } from './store';

/**
 * pgAdmin's Restore dialog, with pgdeck's analysis shown before anything runs: what the file holds, what will be
 * left out here and why. A file that is not a whole dump cannot be restored from here.
 */
export function RestoreDialog({ target, onClose }: { target: RestoreTarget; onClose: () => void }) {
  const [file, setFile] = useState(() => lastRestoreFile(target.database));
  const [options, setOptions] = useState<RestoreOptions>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    restoreDefaults(target.database).then(setOptions, (cause: unknown) =>
      setError(errorText(cause)),
    );
  }, [target.database]);

  const request: RestoreRequest | undefined =
    options && file ? { file, schema: target.schema, options } : undefined;
  const failed = (cause: unknown) => setError(errorText(cause));
  const { answer: analysis, checking } = useServerCheck(
    request,
    (asked) => analyseRestore(target.database, asked),
    { answered: () => setError(undefined), failed },
  );

  const where = target.schema ? `${target.database}.${target.schema}` : target.database;
  return (
    <JobDialog
      title={`Restore (${where})`}
      kind="restore"
      startLabel="Restore"
      startedTitle="Restore started"
      object={file}
      ready={Boolean(request && analysis && !checking)}
      start={() => startRestore(target.database, request!)}
      onStarted={() => rememberRestoreFile(target.database, file)}
      onStartFailed={failed}
      onClose={onClose}
      error={error}
      pages={
        options && {
          general: (
            <div className="option-grid">
              <Field label="Filename (in Storage)">
                {(id) => (
                  <StorageFileField
                    id={id}
                    value={file}
                    onChange={setFile}
                    testId="restore"
                    placeholder="Choose or upload a backup"
                    pickTitle="Restore from"
                    onError={setError}
                  />
                )}
              </Field>
              <Field label="When the schema exists">
                {(id) => (
                  <select
                    id={id}
                    className="text-input"
                    data-testid="restore-mode"
                    value={options.mode === 'merge' ? 'merge' : 'replace'}
                    onChange={(event) =>
                      setOptions({
                        ...options,
                        mode: event.target.value === 'merge' ? 'merge' : null,
                      })
                    }
                  >
                    <option value="replace">
                      Replace it: as the backup describes it, or nothing changes
                    </option>
                    <option value="merge">Merge: add what is missing, keep what exists</option>
                  </select>
                )}
              </Field>
            </div>
          ),
          data: <DataOptions options={options} onOptions={setOptions} />,
          queries: <QueryOptions options={options} onOptions={setOptions} />,
          options: <MoreOptions options={options} onOptions={setOptions} />,
        }
      }
    >
      {checking && <p className="muted">Reading the file…</p>}
      {analysis && !checking && <AnalysisView analysis={analysis} />}
    </JobDialog>
  );
}

function AnalysisView({ analysis }: { analysis: RestoreAnalysis }) {
  const kept = analysis.entryCount - analysis.leftOutCount;
  return (
    <section className="restore-analysis" data-testid="restore-analysis">
      <p>
        <strong>{analysis.format}</strong>
        {analysis.compressed ? ' (compressed)' : ''} dump
        {analysis.origin?.database ? ` of ${analysis.origin.database}` : ''}
        {analysis.origin?.dumpedFrom ? `, PostgreSQL ${analysis.origin.dumpedFrom}` : ''}: {kept} of{' '}
        {analysis.entryCount} entries will be restored.
      </p>
      {analysis.notes.map((note) => (
        <p key={note} className="backup-warning">
          {note}
        </p>
      ))}
      {analysis.leftOutCount > 0 && (
        <>
          <h3>Left out here ({analysis.leftOutCount})</h3>
          <div className="restore-analysis__list">
            <table className="grid-table" data-testid="restore-left-out">
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">Name</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {analysis.leftOut.map((entry) => (
                  <tr key={`${entry.id}-${entry.type}-${entry.name}`}>
                    <td>{entry.type}</td>
                    <td className="mono">{[entry.schema, entry.name].filter(Boolean).join('.')}</td>
                    <td>{entry.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <details>
        <summary>Everything in the file ({analysis.entryCount})</summary>
        <ul className="restore-analysis__entries">
          {analysis.entries.map((entry) => (
            <li
              key={`${entry.id}-${entry.type}-${entry.name}`}
              className={entry.restore ? '' : 'muted'}
            >
              {entry.type}{' '}
              <span className="mono">{[entry.schema, entry.name].filter(Boolean).join('.')}</span>
              {entry.restore ? '' : ' — left out'}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

interface OptionsProps {
  options: RestoreOptions;
  onOptions: (options: RestoreOptions) => void;
}

function DataOptions({ options, onOptions }: OptionsProps) {
  const objects = options.typeOfObjects;
  const not = options.doNotSave;
  const setObjects = groupSetter(options, onOptions, 'typeOfObjects');
  const setNot = groupSetter(options, onOptions, 'doNotSave');
  return (
    <div className="option-columns">
      <Group title="Type of objects">
        <Checks
          values={objects}
          labels={{ onlyData: 'Only data', onlySchema: 'Only schema' }}
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
            comments: 'Comments',
          }}
          testIds={{ privileges: 'restore-no-privileges' }}
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
        <CleanChecks
          label="Clean before restore"
          clean={queries.clean}
          ifExists={queries.ifExists}
          onChange={set}
        />
        <Check
          label="Single transaction"
          checked={queries.singleTransaction}
          onChange={(singleTransaction) => set({ singleTransaction })}
        />
      </Group>
    </div>
  );
}

function MoreOptions({ options, onOptions }: OptionsProps) {
  const misc = options.miscellaneous;
  const setMisc = groupSetter(options, onOptions, 'miscellaneous');
  return (
    <div className="option-columns">
      <Group title="Disable">
        <Check
          label="Trigger"
          checked={options.disable.triggers}
          onChange={(triggers) => onOptions({ ...options, disable: { triggers } })}
        />
      </Group>
      <Group title="Miscellaneous">
        <Checks
          values={misc}
          labels={{ exitOnError: 'Exit on error', verbose: 'Verbose messages' }}
          onChange={setMisc}
        />
        <Field label="Number of jobs">
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
      </Group>
    </div>
  );
}
