import { type CreateProps, CreateShell, compact, useForm } from './CreateShell';

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
