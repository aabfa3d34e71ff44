import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { explorerQuery, type ObjectProperties } from '../api';
import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
