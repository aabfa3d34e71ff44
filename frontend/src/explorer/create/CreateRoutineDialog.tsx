import { useState } from 'react';
import { Plus } from 'lucide-react';
import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
