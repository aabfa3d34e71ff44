import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
