import { CircleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { selectJob } from '../jobs/selection';
import { announceStarted } from '../jobs/started';
import { StorageFileField } from '../storage';
import { Dialog, errorText } from '../storage/Dialog';
import { analyseRestore, restoreDefaults, startRestore } from './api';
import type { RestoreAnalysis, RestoreOptions, RestoreRequest } from './api';
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
import { lastRestoreFile, rememberRestoreFile } from './lastFile';
import type { RestoreTarget } from './store';
import './backup.css';

type Tab = 'general' | 'data' | 'queries' | 'options';
const TABS = [
  ['general', 'General'],
  ['data', 'Data Options'],
  ['queries', 'Query Options'],
  ['options', 'Options'],
] as const;

/**
 * pgAdmin's Restore dialog, with pgdeck's analysis shown before anything runs: what the file holds, what will be
 * left out here and why. A file that is not a whole dump cannot be restored from here.
 */
export function RestoreDialog({ target, onClose }: { target: RestoreTarget; onClose: () => void }) {
  const [tab, setTab] = useState<Tab>('general');
  const [file, setFile] = useState(() => lastRestoreFile(target.database));
  const [options, setOptions] = useState<RestoreOptions>();
  const [analysis, setAnalysis] = useState<RestoreAnalysis>();
  const [analysing, setAnalysing] = useState(false);
  const [error, setError] = useState<string>();
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    restoreDefaults(target.database).then(setOptions, (cause: unknown) =>
      setError(errorText(cause)),
    );
  }, [target.database]);

  const request: RestoreRequest | undefined =
    options && file ? { file, schema: target.schema, options } : undefined;
  const requestKey = JSON.stringify(request);

  useEffect(() => {
    if (!request) return undefined;
    setAnalysing(true);
    const timer = window.setTimeout(() => {
      analyseRestore(target.database, request)
        .then(
          (answer) => {
            setAnalysis(answer);
            setError(undefined);
          },
          (cause: unknown) => {
            setAnalysis(undefined);
            setError(errorText(cause));
          },
        )
        .finally(() => setAnalysing(false));
    }, 250);
    return () => window.clearTimeout(timer);
    // The request is compared by value: a new object with the same content asks nothing new.
  }, [requestKey, target.database]);

  const start = async () => {
    if (!request) return;
    setStarting(true);
    try {
      const started = await startRestore(target.database, request);
      selectJob(started.jobId);
      rememberRestoreFile(target.database, request.file);
      announceStarted({ id: started.jobId, title: 'Restore started', object: request.file });
      onClose();
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setStarting(false);
    }
  };

  const where = target.schema ? `${target.database}.${target.schema}` : target.database;
  return (
    <Dialog
      title={`Restore (${where})`}
      onClose={onClose}
      testId="restore-dialog"
      wide
      footer={
        <DialogButtons
          label="Restore"
          testId="restore-start"
          disabled={!analysis || analysing || starting}
          onConfirm={start}
          onCancel={onClose}
        />
      }
    >
      <DialogTabs tabs={TABS} active={tab} onSelect={setTab} />
      {options && (
        <div className="dialog-page">
          {tab === 'general' && (
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
          )}
          {tab === 'data' && <DataOptions options={options} onOptions={setOptions} />}
          {tab === 'queries' && <QueryOptions options={options} onOptions={setOptions} />}
          {tab === 'options' && <MoreOptions options={options} onOptions={setOptions} />}
        </div>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="restore-error">
          <CircleAlert size={14} aria-hidden="true" /> {error}
        </p>
      )}
      {analysing && <p className="muted">Reading the file…</p>}
      {analysis && !analysing && <AnalysisView analysis={analysis} />}
    </Dialog>
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
        <Check
          label="Clean before restore"
          checked={queries.clean}
          onChange={(clean) => set({ clean, ifExists: clean && queries.ifExists })}
        />
        <Check
          label="Include IF EXISTS clause"
          checked={queries.ifExists}
          disabled={!queries.clean}
          onChange={(ifExists) => set({ ifExists })}
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
