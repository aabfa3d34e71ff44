import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
