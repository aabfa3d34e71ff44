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
          <OptionText
            label="Quote"
            value={options.quote}
            onChange={(quote) => set({ quote })}
            testId="import-quote"
          />
          <OptionText
            label="NULL string"
            value={options.null}
            onChange={(text) => set({ null: text })}
            testId="import-null"
            placeholder="(an empty field)"
          />
          <OptionText
            label="Encoding"
            value={options.encoding}
            onChange={(encoding) => set({ encoding })}
            testId="import-encoding"
            suggestions={COMMON_ENCODINGS}
          />
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

/** One text option of the dialog, with names to choose from where there are usual ones. */
function OptionText({
  label,
  value,
  onChange,
  testId,
  placeholder,
  suggestions,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  placeholder?: string;
  suggestions?: readonly string[];
}) {
  return (
    <Field label={label}>
      {(id) => (
        <>
          <input
            id={id}
            className="text-input"
            data-testid={testId}
            list={suggestions && `${id}-suggestions`}
            value={value}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
            spellCheck={false}
          />
          {suggestions && (
            <datalist id={`${id}-suggestions`}>
              {suggestions.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          )}
        </>
      )}
    </Field>
  );
}
