import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
