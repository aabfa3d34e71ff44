import { useState } from 'react';
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
    Object.entries(value).filter(([, v]) => v !== '' && v !== undefined && v !== null),
  ) as Partial<T>;
}

function TypeList() {
  return (
    <datalist id="explorer-types">
      {COMMON_TYPES.map((type) => (
        <option key={type} value={type} />
      ))}
    </datalist>
  );
}

function Text(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  return (
    <label>
      {props.label}
      <input
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />
    </label>
  );
}

export function CreateSchemaDialog({ path, onClose, onDone }: CreateProps) {
  const [form, setForm] = useState({ name: '', owner: '', comment: '' });
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });
  return (
    <ChangeDialog
      title="Create Schema"
      method="POST"
      path={path}
      body={compact(form)}
      onClose={onClose}
      onDone={onDone}
      testId="create-schema-dialog"
    >
      <div className="form-grid">
        <Text label="Name" value={form.name} onChange={set('name')} testId="field-name" />
        <Text label="Owner" value={form.owner} onChange={set('owner')} />
        <Text label="Comment" value={form.comment} onChange={set('comment')} />
      </div>
    </ChangeDialog>
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

export function CreateTableDialog({ path, onClose, onDone }: CreateProps) {
  const [name, setName] = useState('');
  const [comment, setComment] = useState('');
  const [columns, setColumns] = useState<ColumnForm[]>([
    { ...emptyColumn(), name: 'id', type: 'bigint', primaryKey: true, identity: 'always' },
  ]);
  const update = (index: number, change: Partial<ColumnForm>) =>
    setColumns(columns.map((column, i) => (i === index ? { ...column, ...change } : column)));
  const body = compact({
    name,
    comment,
    columns: columns
      .filter((c) => c.name.trim())
      .map((c) =>
        compact({ ...c, notNull: c.notNull || undefined, primaryKey: c.primaryKey || undefined }),
      ),
  });
  return (
    <ChangeDialog
      title="Create Table"
      method="POST"
      path={path}
      body={body}
      onClose={onClose}
      onDone={onDone}
      testId="create-table-dialog"
    >
      <div className="form-grid">
        <Text label="Name" value={name} onChange={setName} testId="field-name" />
        <Text label="Comment" value={comment} onChange={setComment} />
      </div>
      <TypeList />
      <table className="form-table" aria-label="Columns">
        <thead>
          <tr>
            <th>Column</th>
            <th>Type</th>
            <th>Default</th>
            <th>Identity</th>
            <th>Not null</th>
            <th>Primary key</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {columns.map((column, index) => (
            <tr key={index}>
              <td>
                <input
                  type="text"
                  aria-label={`Column ${index + 1} name`}
                  data-testid={`column-${index}-name`}
                  value={column.name}
                  onChange={(e) => update(index, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="text"
                  list="explorer-types"
                  aria-label={`Column ${index + 1} type`}
                  data-testid={`column-${index}-type`}
                  value={column.type}
                  onChange={(e) => update(index, { type: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="text"
                  aria-label={`Column ${index + 1} default`}
                  value={column.default}
                  onChange={(e) => update(index, { default: e.target.value })}
                />
              </td>
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
              <td>
                <input
                  type="checkbox"
                  aria-label={`Column ${index + 1} not null`}
                  checked={column.notNull}
                  onChange={(e) => update(index, { notNull: e.target.checked })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Column ${index + 1} primary key`}
                  checked={column.primaryKey}
                  onChange={(e) => update(index, { primaryKey: e.target.checked })}
                />
              </td>
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
    </ChangeDialog>
  );
}

export function AddColumnDialog({ path, onClose, onDone }: CreateProps) {
  const [form, setForm] = useState({
    name: '',
    type: '',
    default: '',
    notNull: false,
    comment: '',
  });
  const set = (field: 'name' | 'type' | 'default' | 'comment') => (value: string) =>
    setForm({ ...form, [field]: value });
  return (
    <ChangeDialog
      title="Add Column"
      method="POST"
      path={path}
      body={compact({ ...form, notNull: form.notNull || undefined })}
      onClose={onClose}
      onDone={onDone}
      testId="add-column-dialog"
    >
      <TypeList />
      <div className="form-grid">
        <Text label="Name" value={form.name} onChange={set('name')} testId="field-name" />
        <label>
          Type
          <input
            list="explorer-types"
            value={form.type}
            onChange={(e) => set('type')(e.target.value)}
            data-testid="field-type"
          />
        </label>
        <Text label="Default" value={form.default} onChange={set('default')} />
        <Text label="Comment" value={form.comment} onChange={set('comment')} />
        <label className="form-check">
          <input
            type="checkbox"
            checked={form.notNull}
            onChange={(e) => setForm({ ...form, notNull: e.target.checked })}
          />
          Not null
        </label>
      </div>
    </ChangeDialog>
  );
}

export function CreateIndexDialog({
  path,
  tablePath,
  onClose,
  onDone,
}: CreateProps & { tablePath: string }) {
  const table = useQuery(explorerQuery<ObjectProperties>(tablePath));
  const columns = table.data?.columns?.map((column) => column.name) ?? [];
  const [form, setForm] = useState({ name: '', method: 'btree', where: '', unique: false });
  const [chosen, setChosen] = useState<string[]>([]);
  const body = compact({ ...form, unique: form.unique || undefined, columns: chosen });
  return (
    <ChangeDialog
      title="Create Index"
      method="POST"
      path={path}
      body={body}
      onClose={onClose}
      onDone={onDone}
      testId="create-index-dialog"
    >
      <div className="form-grid">
        <Text
          label="Name"
          value={form.name}
          onChange={(name) => setForm({ ...form, name })}
          testId="field-name"
        />
        <label>
          Method
          <select
            value={form.method}
            onChange={(e) => setForm({ ...form, method: e.target.value })}
          >
            {['btree', 'hash', 'gist', 'spgist', 'gin', 'brin'].map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <Text
          label="Only rows where"
          value={form.where}
          onChange={(where) => setForm({ ...form, where })}
        />
        <label className="form-check">
          <input
            type="checkbox"
            checked={form.unique}
            onChange={(e) => setForm({ ...form, unique: e.target.checked })}
          />
          Unique
        </label>
      </div>
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
    </ChangeDialog>
  );
}

export function CreateViewDialog({
  path,
  materialized,
  onClose,
  onDone,
}: CreateProps & { materialized: boolean }) {
  const [form, setForm] = useState({ name: '', definition: 'SELECT ', comment: '' });
  const title = materialized ? 'Create Materialized View' : 'Create View';
  return (
    <ChangeDialog
      title={title}
      method="POST"
      path={path}
      body={compact(form)}
      onClose={onClose}
      onDone={onDone}
      testId="create-view-dialog"
    >
      <div className="form-grid">
        <Text
          label="Name"
          value={form.name}
          onChange={(name) => setForm({ ...form, name })}
          testId="field-name"
        />
        <Text
          label="Comment"
          value={form.comment}
          onChange={(comment) => setForm({ ...form, comment })}
        />
      </div>
      <div className="form-grid">
        <label>
          Query
          <textarea
            value={form.definition}
            onChange={(e) => setForm({ ...form, definition: e.target.value })}
            data-testid="field-definition"
          />
        </label>
      </div>
    </ChangeDialog>
  );
}

export function CreateSequenceDialog({ path, onClose, onDone }: CreateProps) {
  const [form, setForm] = useState({
    name: '',
    increment: '',
    start: '',
    minimum: '',
    maximum: '',
    cache: '',
    cycle: false,
  });
  const number = (value: string) => (value.trim() === '' ? undefined : Number(value));
  const body = compact({
    name: form.name,
    increment: number(form.increment),
    start: number(form.start),
    minimum: number(form.minimum),
    maximum: number(form.maximum),
    cache: number(form.cache),
    cycle: form.cycle || undefined,
  });
  const field = (key: 'increment' | 'start' | 'minimum' | 'maximum' | 'cache', label: string) => (
    <label>
      {label}
      <input
        type="number"
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <ChangeDialog
      title="Create Sequence"
      method="POST"
      path={path}
      body={body}
      onClose={onClose}
      onDone={onDone}
      testId="create-sequence-dialog"
    >
      <div className="form-grid">
        <Text
          label="Name"
          value={form.name}
          onChange={(name) => setForm({ ...form, name })}
          testId="field-name"
        />
        {field('increment', 'Increment')}
        {field('start', 'Start')}
        {field('minimum', 'Minimum')}
        {field('maximum', 'Maximum')}
        {field('cache', 'Cache')}
        <label className="form-check">
          <input
            type="checkbox"
            checked={form.cycle}
            onChange={(e) => setForm({ ...form, cycle: e.target.checked })}
          />
          Cycle
        </label>
      </div>
    </ChangeDialog>
  );
}

export function CreateDatabaseDialog({ path, onClose, onDone }: CreateProps) {
  const [form, setForm] = useState({
    name: '',
    owner: '',
    template: '',
    encoding: '',
    comment: '',
  });
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });
  return (
    <ChangeDialog
      title="Create Database"
      method="POST"
      path={path}
      body={compact(form)}
      onClose={onClose}
      onDone={onDone}
      testId="create-database-dialog"
    >
      <div className="form-grid">
        <Text label="Name" value={form.name} onChange={set('name')} testId="field-name" />
        <Text label="Owner" value={form.owner} onChange={set('owner')} />
        <Text label="Template" value={form.template} onChange={set('template')} />
        <Text label="Encoding" value={form.encoding} onChange={set('encoding')} />
        <Text label="Comment" value={form.comment} onChange={set('comment')} />
      </div>
    </ChangeDialog>
  );
}

export function CreateRoleDialog({ path, onClose, onDone }: CreateProps) {
  const [form, setForm] = useState({
    name: '',
    password: '',
    memberOf: '',
    comment: '',
    connectionLimit: '',
  });
  const [flags, setFlags] = useState({
    login: true,
    superuser: false,
    createDatabase: false,
    createRole: false,
    inherit: true,
  });
  const body = compact({
    ...flags,
    name: form.name,
    password: form.password,
    comment: form.comment,
    connectionLimit: form.connectionLimit.trim() === '' ? undefined : Number(form.connectionLimit),
    memberOf: form.memberOf.trim()
      ? form.memberOf
          .split(',')
          .map((g) => g.trim())
          .filter(Boolean)
      : undefined,
  });
  const flag = (key: keyof typeof flags, label: string) => (
    <label className="form-check">
      <input
        type="checkbox"
        checked={flags[key]}
        onChange={(e) => setFlags({ ...flags, [key]: e.target.checked })}
      />
      {label}
    </label>
  );
  return (
    <ChangeDialog
      title="Create Login/Group Role"
      method="POST"
      path={path}
      body={body}
      onClose={onClose}
      onDone={onDone}
      testId="create-role-dialog"
    >
      <div className="form-grid">
        <Text
          label="Name"
          value={form.name}
          onChange={(name) => setForm({ ...form, name })}
          testId="field-name"
        />
        <label>
          Password
          <input
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </label>
        <Text
          label="Member of (comma-separated)"
          value={form.memberOf}
          onChange={(memberOf) => setForm({ ...form, memberOf })}
        />
        <Text
          label="Connection limit"
          value={form.connectionLimit}
          onChange={(connectionLimit) => setForm({ ...form, connectionLimit })}
        />
        <Text
          label="Comment"
          value={form.comment}
          onChange={(comment) => setForm({ ...form, comment })}
        />
        {flag('login', 'Can log in')}
        {flag('superuser', 'Superuser')}
        {flag('createDatabase', 'Create databases')}
        {flag('createRole', 'Create roles')}
        {flag('inherit', 'Inherit privileges')}
      </div>
    </ChangeDialog>
  );
}
