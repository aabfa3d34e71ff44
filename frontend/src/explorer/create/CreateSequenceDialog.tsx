import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
