import { useState } from 'react';
import { apiSend, isApiError } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { segment } from '../ui/paths';

type Operation = 'vacuum' | 'analyze' | 'reindex' | 'cluster';

export interface MaintenanceTarget {
  database: string;
  schema: string;
  table?: string;
}

/** VACUUM, ANALYZE, REINDEX or CLUSTER of a schema or one table, run as a job in Processes. */
export function MaintenanceDialog({
  target,
  onClose,
  onStarted,
}: {
  target: MaintenanceTarget;
  onClose: () => void;
  onStarted: (jobId: number) => void;
}) {
  const [operation, setOperation] = useState<Operation>('vacuum');
  const [options, setOptions] = useState({
    full: false,
    freeze: false,
    analyze: true,
    verbose: false,
  });
  const [error, setError] = useState<string>();
  const start = () => {
    const body = { operation, schema: target.schema, table: target.table, options };
    apiSend<{ jobId: number }>(
      'POST',
      `/api/v1/databases/${segment(target.database)}/maintenance`,
      body,
    )
      .then((started) => onStarted(started.jobId))
      .catch((e: unknown) => setError(isApiError(e) ? (e.detail ?? e.message) : String(e)));
  };
  const flag = (name: keyof typeof options, label: string) => (
    <label className="field field--inline">
      <input
        type="checkbox"
        data-testid={`maintenance-${name}`}
        checked={options[name]}
        onChange={(event) => setOptions({ ...options, [name]: event.target.checked })}
      />
      {label}
    </label>
  );
  const object = target.table ? `${target.schema}.${target.table}` : `schema ${target.schema}`;
  return (
    <Dialog
      title={`Maintenance · ${object}`}
      onClose={onClose}
      testId="maintenance-dialog"
      size="wide"
      footer={
        <button
          type="button"
          className="toolbar-button"
          data-testid="maintenance-start"
          onClick={start}
        >
          Start
        </button>
      }
    >
      <label className="field">
        Operation
        <select
          data-testid="maintenance-operation"
          value={operation}
          onChange={(event) => setOperation(event.target.value as Operation)}
        >
          <option value="vacuum">VACUUM</option>
          <option value="analyze">ANALYZE</option>
          <option value="reindex">REINDEX</option>
          <option value="cluster">CLUSTER</option>
        </select>
      </label>
      {operation === 'vacuum' && (
        <>
          {flag('full', 'FULL')}
          {flag('freeze', 'FREEZE')}
          {flag('analyze', 'ANALYZE')}
        </>
      )}
      {flag('verbose', 'VERBOSE')}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
