import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/errorText';
import { StorageFileField, type StorageEntry } from '../storage';
import { SqlView } from '../explorer/ddl';
import { DdlMerge } from './DdlMerge';
import {
  compareSchema,
  STATUS_LABELS,
  type CompareOptions,
  type CompareResult,
  type Difference,
} from './api';
import './compare.css';

const OPTION_LABELS: [keyof CompareOptions, string][] = [
  ['ignoreOwner', 'Ignore owner'],
  ['ignorePrivileges', 'Ignore privileges'],
  ['ignoreWhitespace', 'Ignore whitespace'],
  ['ignoreTablespace', 'Ignore tablespace'],
];

const NO_OPTIONS: CompareOptions = {
  ignoreOwner: false,
  ignorePrivileges: false,
  ignoreWhitespace: false,
  ignoreTablespace: false,
};

export interface CompareDialogProps {
  database: string;
  schema: string;
  /** A snapshot to start with, e.g. the one just saved. */
  snapshot?: string;
  onOpenScript: (sql: string) => void;
  onClose: () => void;
}

const isSnapshotFile = (entry: StorageEntry) => entry.name.endsWith('.json');

/** Compares the live schema with a snapshot in storage: what differs, each side's DDL, and the script to match. */
export function CompareDialog({
  database,
  schema,
  snapshot,
  onOpenScript,
  onClose,
}: CompareDialogProps) {
  const [file, setFile] = useState(snapshot ?? '');
  const [options, setOptions] = useState<CompareOptions>(NO_OPTIONS);
  const [result, setResult] = useState<CompareResult>();
  const [selected, setSelected] = useState<Difference>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const compare = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await compareSchema(database, schema, file, options);
      setResult(answer);
      setSelected(answer.differences[0]);
    } catch (cause) {
      setResult(undefined);
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };

  const footer = (
    <>
      <button
        type="button"
        data-testid="compare-open-script"
        disabled={!result || result.differences.length === 0}
        onClick={() => {
          if (!result) return;
          onOpenScript(result.script);
          onClose();
        }}
      >
        Open script in Query Tool
      </button>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </>
  );

  return (
    <Dialog
      title={`Compare ${database}.${schema} with a snapshot`}
      onClose={onClose}
      size="large"
      testId="compare-dialog"
      footer={footer}
    >
      <div className="compare-form">
        <label htmlFor="compare-snapshot">Snapshot (in Storage)</label>
        <StorageFileField
          id="compare-snapshot"
          value={file}
          onChange={setFile}
          testId="compare-snapshot"
          placeholder="Choose a snapshot saved with “Save snapshot”"
          pickTitle="Compare with"
          filter={isSnapshotFile}
          accept=".json"
          onError={setError}
        />
        <div className="compare-options">
          {OPTION_LABELS.map(([key, label]) => (
            <label key={key}>
              <input
                type="checkbox"
                data-testid={`compare-${key}`}
                checked={options[key]}
                onChange={(event) => setOptions({ ...options, [key]: event.target.checked })}
              />{' '}
              {label}
            </label>
          ))}
        </div>
        <button
          type="button"
          className="toolbar-button primary"
          data-testid="compare-run"
          disabled={!file || busy}
          onClick={compare}
        >
          {busy ? 'Comparing…' : 'Compare'}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="compare-error">
          {error}
        </p>
      )}
      {result && <CompareResultView result={result} selected={selected} onSelect={setSelected} />}
    </Dialog>
  );
}

function CompareResultView({
  result,
  selected,
  onSelect,
}: {
  result: CompareResult;
  selected?: Difference;
  onSelect: (difference: Difference) => void;
}) {
  if (result.differences.length === 0) {
    return (
      <p className="muted" data-testid="compare-same">
        The live schema and the snapshot are the same.
      </p>
    );
  }
  const notes = result.notes ?? [];
  return (
    <>
      {notes.length > 0 && (
        <ul
          className="compare-notes"
          data-testid="compare-notes"
          aria-label="Not migrated by the script"
        >
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="compare-result">
        <ul className="compare-list" data-testid="compare-differences" aria-label="Differences">
          {result.differences.map((difference) => (
            <li key={`${difference.kind} ${difference.name}`}>
              <button
                type="button"
                className={difference === selected ? 'selected' : undefined}
                aria-pressed={difference === selected}
                data-testid="compare-difference"
                onClick={() => onSelect(difference)}
              >
                <span className={`compare-status compare-status--${difference.status}`}>
                  {STATUS_LABELS[difference.status]}
                </span>{' '}
                <span className="muted">{difference.kind}</span> {difference.name}
              </button>
            </li>
          ))}
        </ul>
        <div className="compare-detail">{selected && <DifferenceView difference={selected} />}</div>
      </div>
    </>
  );
}

function DifferenceView({ difference }: { difference: Difference }) {
  if (difference.status === 'different') {
    return (
      <>
        <div className="compare-sides">
          <span>Live</span>
          <span>Snapshot</span>
        </div>
        <DdlMerge live={difference.liveDdl ?? ''} snapshot={difference.snapshotDdl ?? ''} />
      </>
    );
  }
  const live = difference.status === 'onlyLive';
  return (
    <>
      <div className="compare-sides">
        <span>{live ? 'Only live' : 'Only in the snapshot'}</span>
      </div>
      <SqlView
        text={(live ? difference.liveDdl : difference.snapshotDdl) ?? ''}
        label={live ? 'Live DDL' : 'Snapshot DDL'}
      />
    </>
  );
}
