import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
