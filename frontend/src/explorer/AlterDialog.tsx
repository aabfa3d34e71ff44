import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { explorerQuery } from './api';
import { ChangeDialog, type ChangeResult } from './ChangeDialog';

type Values = Record<string, unknown>;

export interface FieldSpec {
  key: string;
  label: string;
  type?: 'text' | 'check' | 'number' | 'textarea' | 'password';
}

export interface AlterDialogProps {
  title: string;
  /** The PATCH endpoint. */
  path: string;
  /** Where the object's current values come from, and how to pick them out of the answer. */
  source: { path: string; pick?: (data: unknown) => Values | undefined };
  fields: FieldSpec[];
  /** Turns the changed fields into the request body, e.g. an emptied default into dropDefault. */
  toBody?: (changed: Values) => Values;
  onClose: () => void;
  onDone: (result: ChangeResult) => void;
}

/** Edits an object: the form starts from its current properties and sends only what was changed. */
export function AlterDialog({
  title,
  path,
  source,
  fields,
  toBody,
  onClose,
  onDone,
}: AlterDialogProps) {
  const loaded = useQuery(explorerQuery<unknown>(source.path));
  const current: Values =
    (loaded.data !== undefined &&
      (source.pick ? source.pick(loaded.data) : (loaded.data as Values))) ||
    {};
  const [edits, setEdits] = useState<Values>({});
  const value = (key: string) => (key in edits ? edits[key] : (current[key] ?? ''));
  const changed = Object.fromEntries(
    Object.entries(edits).filter(([key, v]) => v !== (current[key] ?? '')),
  );
  const body = toBody ? toBody(changed) : changed;

  const input = (field: FieldSpec) => {
    const set = (v: unknown) => setEdits({ ...edits, [field.key]: v });
    if (field.type === 'check') {
      return (
        <label key={field.key} className="form-check">
          <input
            type="checkbox"
            checked={value(field.key) === true}
            onChange={(e) => set(e.target.checked)}
          />
          {field.label}
        </label>
      );
    }
    const text = String(value(field.key) ?? '');
    const onChange = (raw: string) =>
      set(field.type === 'number' ? (raw.trim() === '' ? '' : Number(raw)) : raw);
    return (
      <label key={field.key}>
        {field.label}
        {field.type === 'textarea' ? (
          <textarea value={text} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            type={
              field.type === 'number' ? 'number' : field.type === 'password' ? 'password' : 'text'
            }
            value={text}
            data-testid={`field-${field.key}`}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </label>
    );
  };

  return (
    <ChangeDialog
      title={title}
      method="PATCH"
      path={path}
      body={body}
      onClose={onClose}
      onDone={onDone}
      testId="alter-dialog"
    >
      {loaded.isPending ? (
        <div className="muted">Loading…</div>
      ) : (
        <div className="form-grid">{fields.map(input)}</div>
      )}
    </ChangeDialog>
  );
}
