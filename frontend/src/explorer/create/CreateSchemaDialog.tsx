import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
