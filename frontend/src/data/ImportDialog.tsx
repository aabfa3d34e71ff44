import { useState } from 'react';
import { Check, DialogButtons, Field } from '../backup/Fields';
import { StorageFileField } from '../storage';
import type { StorageEntry } from '../storage';
import { Dialog, errorText } from '../storage/Dialog';
import { startImport } from './api';
import {
  COMMON_ENCODINGS,
  DEFAULT_IMPORT_OPTIONS,
  delimiterFor,
  importProblem,
  isImportable,
  type ImportOptions,
} from './importOptions';
import type { DataTarget } from './types';
import '../backup/backup.css';

const UPLOADS = 'uploads';
const importable = (entry: StorageEntry) => isImportable(entry.name);

/**
 * Import CSV…: a file of the storage area (chosen there, or uploaded from the computer into it first) and how it is
 * written, imported into the table by a job that Processes shows.
 */
export function ImportDialog({
  target,
  onClose,
  onStarted,
}: {
  target: DataTarget;
  onClose: () => void;
  onStarted: (jobId: number, file: string) => void;
}) {
  const [file, setFile] = useState('');
  const [options, setOptions] = useState<ImportOptions>(DEFAULT_IMPORT_OPTIONS);
  const [error, setError] = useState<string>();
  const [starting, setStarting] = useState(false);
  const set = (change: Partial<ImportOptions>) => {
    setOptions((current) => ({ ...current, ...change }));
    setError(undefined);
  };
  const request = { file: file.trim(), options };
  const problem = importProblem(request);

  const chooseFile = (path: string) => {
    setFile(path);
    set({ delimiter: delimiterFor(path, options.delimiter) });
  };

  const start = async () => {
    setStarting(true);
    try {
      const started = await startImport(target, request);
      onStarted(started.jobId, request.file);
    } catch (cause) {
      setError(errorText(cause));
      setStarting(false);
    }
  };

  return (
    <Dialog
      title={`Import CSV into ${target.schema}.${target.relation}`}
      onClose={onClose}
      testId="import-dialog"
      wide
      footer={
        <DialogButtons
          label="Import"
          testId="import-start"
          disabled={starting || problem !== undefined}
          onConfirm={() => void start()}
          onCancel={onClose}
        />
      }
    >
      <div className="option-grid">
        <Field label="File (in Storage)">
          {(id) => (
            <StorageFileField
              id={id}
              value={file}
              onChange={chooseFile}
              testId="import"
              placeholder="Choose or upload a .csv, .txt or .tsv file"
              pickTitle="Import from"
              filter={importable}
              uploadFolder={UPLOADS}
              accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
              onError={setError}
            />
          )}
        </Field>
        <Check
          label="The first line names the columns (header)"
          testId="import-header"
          checked={options.header}
          onChange={(header) => set({ header })}
        />
        <div className="option-columns">
          <Field label="Delimiter">
            {(id) => (
              <select
                id={id}
                data-testid="import-delimiter"
                value={options.delimiter}
                onChange={(event) => set({ delimiter: event.target.value })}
              >
                <option value=",">, (comma)</option>
                <option value=";">; (semicolon)</option>
                <option value={'\t'}>Tab</option>
                <option value="|">| (bar)</option>
              </select>
            )}
          </Field>
          <Field label="Quote">
            {(id) => (
              <input
                id={id}
                className="text-input"
                data-testid="import-quote"
                value={options.quote}
                maxLength={1}
                onChange={(event) => set({ quote: event.target.value })}
              />
            )}
          </Field>
          <Field label="NULL string">
            {(id) => (
              <input
                id={id}
                className="text-input"
                data-testid="import-null"
                value={options.null}
                placeholder="(an empty field)"
                onChange={(event) => set({ null: event.target.value })}
              />
            )}
          </Field>
          <Field label="Encoding">
            {(id) => (
              <>
                <input
                  id={id}
                  className="text-input"
                  data-testid="import-encoding"
                  list={`${id}-encodings`}
                  value={options.encoding}
                  onChange={(event) => set({ encoding: event.target.value })}
                  spellCheck={false}
                />
                <datalist id={`${id}-encodings`}>
                  {COMMON_ENCODINGS.map((name) => (
                    <option key={name} value={name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        </div>
        <p className="muted">
          One COPY in one transaction: every line goes in, or a bad line is named and nothing is
          imported.
        </p>
      </div>
      {(error ?? (file && problem)) && (
        <p className="form-error" role="alert" data-testid="import-error">
          {error ?? problem}
        </p>
      )}
    </Dialog>
  );
}
