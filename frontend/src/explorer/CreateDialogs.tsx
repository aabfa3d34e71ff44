import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Plus, X } from 'lucide-react';
import { explorerQuery, type ObjectProperties } from './api';
import { ChangeDialog, type ChangeResult } from './ChangeDialog';

interface CreateProps {
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
function compact<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== '' && v !== undefined && v !== null && v !== false,
    ),
  ) as Partial<T>;
}

/** A string field of a form held as one object: label, value and setter in one place. */
function useForm<T extends Record<string, string | boolean>>(initial: T) {
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
function CreateShell({
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

export function CreateSchemaDialog(props: CreateProps) {
  const { form, text } = useForm({ name: '', owner: '', comment: '' });
  const fields = [
    text('name', 'Name', 'field-name'),
    text('owner', 'Owner'),
    text('comment', 'Comment'),
  ];
  return (
    <CreateShell
      {...props}
      title="Create Schema"
      testId="create-schema-dialog"
      body={compact(form)}
      fields={fields}
    />
  );
}

interface ColumnForm {
  name: string;
  type: string;
  default: string;
  notNull: boolean;
  primaryKey: boolean;
  identity: string;
}

const emptyColumn = (): ColumnForm => ({
  name: '',
  type: '',
  default: '',
  notNull: false,
  primaryKey: false,
  identity: '',
});

export function CreateTableDialog(props: CreateProps) {
  const { form, text } = useForm({ name: '', comment: '' });
  const [columns, setColumns] = useState<ColumnForm[]>([
    { ...emptyColumn(), name: 'id', type: 'bigint', primaryKey: true, identity: 'always' },
  ]);
  const update = (index: number, change: Partial<ColumnForm>) =>
    setColumns(columns.map((column, i) => (i === index ? { ...column, ...change } : column)));
  const body = compact({
    ...form,
    columns: columns.filter((c) => c.name.trim()).map((c) => compact(c)),
  });
  const cell = (index: number, key: 'name' | 'type' | 'default', label: string) => (
    <td>
      <input
        type="text"
        list={key === 'type' ? 'explorer-types' : undefined}
        aria-label={`Column ${index + 1} ${label}`}
        data-testid={`column-${index}-${key}`}
        value={columns[index][key]}
        onChange={(e) => update(index, { [key]: e.target.value })}
      />
    </td>
  );
  const flag = (index: number, key: 'notNull' | 'primaryKey', label: string) => (
    <td>
      <input
        type="checkbox"
        aria-label={`Column ${index + 1} ${label}`}
        checked={columns[index][key]}
        onChange={(e) => update(index, { [key]: e.target.checked })}
      />
    </td>
  );
  return (
    <CreateShell
      {...props}
      title="Create Table"
      testId="create-table-dialog"
      body={body}
      fields={[text('name', 'Name', 'field-name'), text('comment', 'Comment')]}
    >
      <table className="form-table" aria-label="Columns">
        <thead>
          <tr>
            {['Column', 'Type', 'Default', 'Identity', 'Not null', 'Primary key', ''].map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((column, index) => (
            <tr key={index}>
              {cell(index, 'name', 'name')}
              {cell(index, 'type', 'type')}
              {cell(index, 'default', 'default')}
              <td>
                <select
                  aria-label={`Column ${index + 1} identity`}
                  value={column.identity}
                  onChange={(e) => update(index, { identity: e.target.value })}
                >
                  <option value="">—</option>
                  <option value="always">Always</option>
                  <option value="byDefault">By default</option>
                </select>
              </td>
              {flag(index, 'notNull', 'not null')}
              {flag(index, 'primaryKey', 'primary key')}
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove column ${index + 1}`}
                  onClick={() => setColumns(columns.filter((_, i) => i !== index))}
                >
                  <X size={12} aria-hidden="true" />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="toolbar-button"
        data-testid="add-column"
        onClick={() => setColumns([...columns, emptyColumn()])}
      >
        <Plus size={12} aria-hidden="true" /> Add column
      </button>
    </CreateShell>
  );
}

export function AddColumnDialog(props: CreateProps) {
  const { form, text, check } = useForm({
    name: '',
    type: '',
    default: '',
    comment: '',
    notNull: false,
  });
  const fields = [
    text('name', 'Name', 'field-name'),
    text('type', 'Type', 'field-type', 'explorer-types'),
    text('default', 'Default'),
    text('comment', 'Comment'),
    check('notNull', 'Not null'),
  ];
  return (
    <CreateShell
      {...props}
      title="Add Column"
      testId="add-column-dialog"
      body={compact(form)}
      fields={fields}
    />
  );
}

const INDEX_METHODS = ['btree', 'hash', 'gist', 'spgist', 'gin', 'brin'];

export function CreateIndexDialog({ tablePath, ...props }: CreateProps & { tablePath: string }) {
  const table = useQuery(explorerQuery<ObjectProperties>(tablePath));
  const columns = table.data?.columns?.map((column) => column.name) ?? [];
  const { form, setForm, text, check } = useForm({
    name: '',
    method: 'btree',
    where: '',
    unique: false,
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const method = (
    <label key="method">
      Method
      <select value={form.method} onChange={(e) => setForm({ ...form, method: e.target.value })}>
        {INDEX_METHODS.map((m) => (
          <option key={m}>{m}</option>
        ))}
      </select>
    </label>
  );
  const fields = [
    text('name', 'Name', 'field-name'),
    method,
    text('where', 'Only rows where'),
    check('unique', 'Unique'),
  ];
  return (
    <CreateShell
      {...props}
      title="Create Index"
      testId="create-index-dialog"
      body={compact({ ...form, columns: chosen })}
      fields={fields}
    >
      <fieldset className="form-grid" aria-label="Columns">
        {columns.map((column) => (
          <label key={column} className="form-check">
            <input
              type="checkbox"
              checked={chosen.includes(column)}
              onChange={(e) =>
                setChosen(
                  e.target.checked ? [...chosen, column] : chosen.filter((c) => c !== column),
                )
              }
            />
            {column}
          </label>
        ))}
      </fieldset>
    </CreateShell>
  );
}

export function CreateViewDialog({
  materialized,
  ...props
}: CreateProps & { materialized: boolean }) {
  const { form, setForm, text } = useForm({ name: '', definition: 'SELECT ', comment: '' });
  const query = (
    <label key="definition">
      Query
      <textarea
        value={form.definition}
        onChange={(e) => setForm({ ...form, definition: e.target.value })}
        data-testid="field-definition"
      />
    </label>
  );
  return (
    <CreateShell
      {...props}
      title={materialized ? 'Create Materialized View' : 'Create View'}
      testId="create-view-dialog"
      body={compact(form)}
      fields={[text('name', 'Name', 'field-name'), text('comment', 'Comment'), query]}
    />
  );
}

const SEQUENCE_NUMBERS = ['increment', 'start', 'minimum', 'maximum', 'cache'] as const;

export function CreateSequenceDialog(props: CreateProps) {
  const { form, text, check } = useForm({
    name: '',
    increment: '',
    start: '',
    minimum: '',
    maximum: '',
    cache: '',
    cycle: false,
  });
  const numbers = Object.fromEntries(
    SEQUENCE_NUMBERS.map((key) => [key, form[key].trim() === '' ? undefined : Number(form[key])]),
  );
  const fields = [
    text('name', 'Name', 'field-name'),
    ...SEQUENCE_NUMBERS.map((key) => text(key, key.charAt(0).toUpperCase() + key.slice(1))),
    check('cycle', 'Cycle'),
  ];
  return (
    <CreateShell
      {...props}
      title="Create Sequence"
      testId="create-sequence-dialog"
      body={compact({ name: form.name, cycle: form.cycle, ...numbers })}
      fields={fields}
    />
  );
}

export function CreateDatabaseDialog(props: CreateProps) {
  const { form, text } = useForm({ name: '', owner: '', template: '', encoding: '', comment: '' });
  const fields = [
    text('name', 'Name', 'field-name'),
    text('owner', 'Owner'),
    text('template', 'Template'),
    text('encoding', 'Encoding'),
    text('comment', 'Comment'),
  ];
  return (
    <CreateShell
      {...props}
      title="Create Database"
      testId="create-database-dialog"
      body={compact(form)}
      fields={fields}
    />
  );
}

export function CreateRoleDialog(props: CreateProps) {
  const { form, setForm, text, check } = useForm({
    name: '',
    password: '',
    memberOf: '',
    comment: '',
    connectionLimit: '',
    login: true,
    superuser: false,
    createDatabase: false,
    createRole: false,
  });
  const password = (
    <label key="password">
      Password
      <input
        type="password"
        autoComplete="new-password"
        value={form.password}
        onChange={(e) => setForm({ ...form, password: e.target.value })}
      />
    </label>
  );
  const body = compact({
    ...form,
    login: form.login ? true : undefined,
    connectionLimit: form.connectionLimit.trim() === '' ? undefined : Number(form.connectionLimit),
    memberOf: form.memberOf.trim() ? form.memberOf.split(',').map((g) => g.trim()) : undefined,
  });
  const fields = [
    text('name', 'Name', 'field-name'),
    password,
    text('memberOf', 'Member of (comma-separated)'),
    text('connectionLimit', 'Connection limit'),
    text('comment', 'Comment'),
    check('login', 'Can log in'),
    check('superuser', 'Superuser'),
    check('createDatabase', 'Create databases'),
    check('createRole', 'Create roles'),
  ];
  return (
    <CreateShell
      {...props}
      title="Create Login/Group Role"
      testId="create-role-dialog"
      body={body}
      fields={fields}
    />
  );
}

interface ArgumentForm {
  mode: string;
  name: string;
  type: string;
  default: string;
}

/** Functions, procedures and trigger functions: arguments, what it returns (functions only), language and body. */
export function CreateRoutineDialog({ kind, ...props }: CreateProps & { kind: string }) {
  const procedure = kind === 'procedures';
  const trigger = kind === 'trigger-functions';
  const { form, setForm, text, check } = useForm({
    name: '',
    returns: '',
    language: trigger ? 'plpgsql' : 'sql',
    volatility: '',
    body: trigger ? 'BEGIN\n  RETURN NEW;\nEND' : '',
    comment: '',
    strict: false,
    securityDefiner: false,
  });
  const [args, setArgs] = useState<ArgumentForm[]>([]);
  const select = (key: 'language' | 'volatility', label: string, options: string[]) => (
    <label key={key}>
      {label}
      <select value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option || '—'}
          </option>
        ))}
      </select>
    </label>
  );
  const body = (
    <label key="body">
      Body
      <textarea
        value={form.body}
        onChange={(e) => setForm({ ...form, body: e.target.value })}
        data-testid="field-body"
      />
    </label>
  );
  const fields = [
    text('name', 'Name', 'field-name'),
    ...(procedure || trigger
      ? []
      : [text('returns', 'Returns', 'field-returns', 'explorer-types')]),
    select('language', 'Language', ['sql', 'plpgsql']),
    ...(procedure
      ? []
      : [select('volatility', 'Volatility', ['', 'immutable', 'stable', 'volatile'])]),
    text('comment', 'Comment'),
    ...(procedure ? [] : [check('strict', 'Strict (null in, null out)')]),
    check('securityDefiner', 'Security definer'),
    body,
  ];
  const update = (index: number, change: Partial<ArgumentForm>) =>
    setArgs(args.map((arg, i) => (i === index ? { ...arg, ...change } : arg)));
  const request = compact({
    ...form,
    arguments: args.filter((a) => a.type.trim()).map((a) => compact(a)),
  });
  const title = procedure
    ? 'Create Procedure'
    : trigger
      ? 'Create Trigger Function'
      : 'Create Function';
  return (
    <CreateShell
      {...props}
      title={title}
      testId="create-routine-dialog"
      body={request}
      fields={fields}
    >
      {!trigger && (
        <>
          <table className="form-table" aria-label="Arguments">
            <thead>
              <tr>
                {['Mode', 'Name', 'Type', 'Default'].map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {args.map((arg, index) => (
                <tr key={index}>
                  <td>
                    <select
                      aria-label={`Argument ${index + 1} mode`}
                      value={arg.mode}
                      onChange={(e) => update(index, { mode: e.target.value })}
                    >
                      {['', 'in', 'out', 'inout', 'variadic'].map((mode) => (
                        <option key={mode} value={mode}>
                          {mode.toUpperCase() || '—'}
                        </option>
                      ))}
                    </select>
                  </td>
                  {(['name', 'type', 'default'] as const).map((key) => (
                    <td key={key}>
                      <input
                        type="text"
                        list={key === 'type' ? 'explorer-types' : undefined}
                        aria-label={`Argument ${index + 1} ${key}`}
                        value={arg[key]}
                        onChange={(e) => update(index, { [key]: e.target.value })}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="toolbar-button"
            onClick={() => setArgs([...args, { mode: '', name: '', type: '', default: '' }])}
          >
            <Plus size={12} aria-hidden="true" /> Add argument
          </button>
        </>
      )}
    </CreateShell>
  );
}
