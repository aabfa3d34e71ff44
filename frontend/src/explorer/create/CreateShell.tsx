import { useState, type ReactNode } from 'react';
import { ChangeDialog, type ChangeResult } from '../ChangeDialog';

export interface CreateProps {
  /** The collection endpoint the new object is POSTed to. */
  path: string;
  onClose: () => void;
  onDone: (result: ChangeResult) => void;
}

const COMMON_TYPES = [
  'integer',
  'bigint',
  'smallint',
  'text',
  'character varying(255)',
  'numeric(12,2)',
  'boolean',
  'date',
  'timestamp with time zone',
  'uuid',
  'jsonb',
  'bytea',
];

/** Leaves out fields the user left empty, so the API keeps its defaults. */
export function compact<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== '' && v !== undefined && v !== null && v !== false,
    ),
  ) as Partial<T>;
}

/** A string field of a form held as one object: label, value and setter in one place. */
export function useForm<T extends Record<string, string | boolean>>(initial: T) {
  const [form, setForm] = useState(initial);
  const text = (key: keyof T & string, label: string, testId?: string, list?: string) => (
    <label key={key}>
      {label}
      <input
        value={form[key] as string}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        data-testid={testId}
        list={list}
      />
    </label>
  );
  const check = (key: keyof T & string, label: string) => (
    <label key={key} className="form-check">
      <input
        type="checkbox"
        checked={form[key] as boolean}
        onChange={(e) => setForm({ ...form, [key]: e.target.checked })}
      />
      {label}
    </label>
  );
  return { form, setForm, text, check };
}

interface CreateShellProps extends CreateProps {
  title: string;
  testId: string;
  body: unknown;
  fields: ReactNode;
  children?: ReactNode;
}

/** The General tab every create dialog shares: a grid of fields, then whatever else the kind needs. */
export function CreateShell({
  title,
  testId,
  path,
  body,
  onClose,
  onDone,
  fields,
  children,
}: CreateShellProps) {
  return (
    <ChangeDialog
      title={title}
      method="POST"
      path={path}
      body={body}
      onClose={onClose}
      onDone={onDone}
      testId={testId}
    >
      <datalist id="explorer-types">
        {COMMON_TYPES.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <div className="form-grid">{fields}</div>
      {children}
    </ChangeDialog>
  );
}
