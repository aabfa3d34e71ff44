import { AlterDialog, type AlterDialogProps, type FieldSpec } from './AlterDialog';
import { paths, type ObjectProperties } from './api';
import type { NodeActionContext } from './actions';
import { registerNodeAction } from './actions';
import {
  AddColumnDialog,
  CreateDatabaseDialog,
  CreateIndexDialog,
  CreateRoutineDialog,
  CreateRoleDialog,
  CreateSchemaDialog,
  CreateSequenceDialog,
  CreateTableDialog,
  CreateViewDialog,
} from './create';
import { DropDialog } from './DropDialog';
import type { ObjectRef, TreeNode } from './tree';
import { segment } from '../ui/paths';

const enc = segment;

/** Creating from a folder refreshes the folder; from its owner (a schema, a table), the owner. */
function created(context: NodeActionContext) {
  return () => context.refresh();
}

type CreateDialog = (props: {
  path: string;
  onClose: () => void;
  onDone: () => void;
}) => React.ReactNode;

function registerCreate(
  keys: string[],
  id: string,
  label: string,
  path: (ref: ObjectRef) => string,
  Dialog: CreateDialog,
) {
  registerNodeAction(keys, {
    id,
    label,
    group: 'create',
    requires: ['write'],
    run: (context) =>
      context.openDialog((close) => (
        <Dialog path={path(context.node.ref)} onClose={close} onDone={created(context)} />
      )),
  });
}

const schemaPath = (ref: ObjectRef) => paths.schema(ref.db!, ref.schema!);
const tablePath = (ref: ObjectRef) =>
  paths.object(ref.db!, ref.schema!, 'tables', ref.table ?? ref.name!);

registerCreate(
  ['database', 'collection:schema'],
  'create-schema',
  'Create Schema…',
  (ref) => paths.schemas(ref.db!),
  CreateSchemaDialog,
);
registerCreate(
  ['schema', 'collection:table'],
  'create-table',
  'Create Table…',
  (ref) => `${schemaPath(ref)}/tables`,
  CreateTableDialog,
);
registerCreate(
  ['collection:view'],
  'create-view',
  'Create View…',
  (ref) => `${schemaPath(ref)}/views`,
  (props) => <CreateViewDialog {...props} materialized={false} />,
);
registerCreate(
  ['collection:materialized-view'],
  'create-materialized-view',
  'Create Materialized View…',
  (ref) => `${schemaPath(ref)}/materialized-views`,
  (props) => <CreateViewDialog {...props} materialized />,
);
registerCreate(
  ['collection:sequence'],
  'create-sequence',
  'Create Sequence…',
  (ref) => `${schemaPath(ref)}/sequences`,
  CreateSequenceDialog,
);
const ROUTINES = [
  ['functions', 'function', 'Create Function…'],
  ['procedures', 'procedure', 'Create Procedure…'],
  ['trigger-functions', 'trigger-function', 'Create Trigger Function…'],
] as const;
for (const [kind, type, label] of ROUTINES) {
  registerCreate(
    [`collection:${type}`],
    `create-${type}`,
    label,
    (ref) => `${schemaPath(ref)}/${kind}`,
    (props) => <CreateRoutineDialog {...props} kind={kind} />,
  );
}
registerCreate(
  ['table', 'collection:column'],
  'add-column',
  'Add Column…',
  (ref) => `${tablePath(ref)}/columns`,
  AddColumnDialog,
);
registerNodeAction(['table', 'collection:index'], {
  id: 'create-index',
  label: 'Create Index…',
  group: 'create',
  requires: ['write'],
  when: (context) => context.node.ref.kind === 'tables',
  run: (context) =>
    context.openDialog((close) => (
      <CreateIndexDialog
        path={`${tablePath(context.node.ref)}/indexes`}
        tablePath={tablePath(context.node.ref)}
        onClose={close}
        onDone={created(context)}
      />
    )),
});
registerNodeAction('server', {
  id: 'create-database',
  label: 'Create Database…',
  group: 'create',
  requires: ['createDatabase'],
  run: (context) =>
    context.openDialog((close) => (
      <CreateDatabaseDialog path="/api/v1/databases" onClose={close} onDone={created(context)} />
    )),
});
registerNodeAction('collection:role', {
  id: 'create-role',
  label: 'Create Login/Group Role…',
  group: 'create',
  requires: ['createRole'],
  run: (context) =>
    context.openDialog((close) => (
      <CreateRoleDialog path="/api/v1/roles" onClose={close} onDone={created(context)} />
    )),
});

/** The DELETE endpoint of a node, and what its drop takes (cascade, force or nothing). */
function dropTarget(node: TreeNode): { path: string; option?: 'cascade' | 'force' } | undefined {
  const { db, schema, kind, name, table, part } = node.ref;
  if (node.type === 'database' && db) return { path: paths.database(db), option: 'force' };
  if (node.type === 'role' && name)
    return { path: `/api/v1/roles/${enc(name)}`, option: undefined };
  if (node.type === 'schema' && db && schema) return { path: paths.schema(db, schema) };
  if (part && db && schema && table && name && ['columns', 'indexes', 'constraints'].includes(part))
    return { path: `${tablePath(node.ref)}/${part}/${enc(name)}` };
  if (!part && db && schema && kind && name) return { path: paths.object(db, schema, kind, name) };
  return undefined;
}

const DROPPABLE = [
  'schema',
  'table',
  'view',
  'materialized-view',
  'sequence',
  'function',
  'procedure',
  'trigger-function',
  'aggregate',
  'type',
  'domain',
  'collation',
  'foreign-table',
  'column',
  'index',
  'constraint',
];

registerNodeAction(DROPPABLE, {
  id: 'drop',
  label: 'Drop…',
  group: 'danger',
  requires: ['write'],
  when: (context) => dropTarget(context.node) !== undefined,
  run: (context) => openDrop(context),
});
registerNodeAction('database', {
  id: 'drop',
  label: 'Drop Database…',
  group: 'danger',
  requires: ['createDatabase'],
  run: (context) => openDrop(context),
});
registerNodeAction('role', {
  id: 'drop',
  label: 'Drop Role…',
  group: 'danger',
  requires: ['createRole'],
  run: (context) => openDrop(context),
});

function openDrop(context: NodeActionContext) {
  const target = dropTarget(context.node)!;
  const what = context.node.type.replace('-', ' ');
  context.openDialog((close) => (
    <DropDialog
      what={what}
      label={context.node.label}
      path={target.path}
      option={target.option}
      onClose={close}
      onDone={() => context.refreshParent()}
    />
  ));
}

const NAMED: FieldSpec[] = [
  { key: 'name', label: 'Name' },
  { key: 'owner', label: 'Owner' },
  { key: 'comment', label: 'Comment' },
];

/** The PATCH endpoint of a node, where its current values come from, and the fields its dialog edits. */
function alterTarget(
  node: TreeNode,
): Omit<AlterDialogProps, 'onClose' | 'onDone' | 'title'> | undefined {
  const { db, schema, kind, name, part } = node.ref;
  if (node.type === 'schema' && db && schema) {
    const path = paths.schema(db, schema);
    return { path, source: { path }, fields: NAMED };
  }
  if (node.type === 'column' && part === 'columns' && name) {
    const table = tablePath(node.ref);
    const byName = (data: unknown) =>
      ((data as ObjectProperties).columns ?? []).find((c) => c.name === name) as
        Record<string, unknown> | undefined;
    return {
      path: `${table}/columns/${enc(name)}`,
      source: { path: table, pick: byName },
      fields: [
        { key: 'name', label: 'Name' },
        { key: 'type', label: 'Type' },
        { key: 'default', label: 'Default' },
        { key: 'comment', label: 'Comment' },
        { key: 'notNull', label: 'Not null', type: 'check' },
      ],
      // An emptied default is one to drop.
      toBody: (changed) =>
        changed.default === '' ? { ...changed, default: undefined, dropDefault: true } : changed,
    };
  }
  if (!db || !schema || !kind || !name || part) return undefined;
  const path = paths.object(db, schema, kind, name);
  if (kind === 'tables' || kind === 'materialized-views')
    return { path, source: { path }, fields: NAMED };
  if (kind === 'views')
    return {
      path,
      source: { path },
      fields: [...NAMED, { key: 'definition', label: 'Query', type: 'textarea' }],
    };
  if (kind === 'sequences')
    return {
      path,
      source: { path },
      fields: [
        ...NAMED,
        { key: 'increment', label: 'Increment', type: 'number' },
        { key: 'minimum', label: 'Minimum', type: 'number' },
        { key: 'maximum', label: 'Maximum', type: 'number' },
        { key: 'cache', label: 'Cache', type: 'number' },
        { key: 'restart', label: 'Restart with', type: 'number' },
        { key: 'cycle', label: 'Cycle', type: 'check' },
      ],
    };
  return undefined;
}

registerNodeAction(['schema', 'table', 'view', 'materialized-view', 'sequence', 'column'], {
  id: 'edit',
  label: 'Edit…',
  order: 3,
  requires: ['write'],
  when: (context) => alterTarget(context.node) !== undefined,
  run: (context) => {
    const target = alterTarget(context.node)!;
    context.openDialog((close) => (
      <AlterDialog
        {...target}
        title={`Edit ${context.node.type.replace('-', ' ')} ${context.node.label}`}
        onClose={close}
        onDone={() => context.refreshParent()}
      />
    ));
  },
});

registerNodeAction('role', {
  id: 'edit',
  label: 'Edit…',
  order: 3,
  requires: ['createRole'],
  run: (context) => {
    const name = context.node.ref.name!;
    const byName = (data: unknown) =>
      (data as Record<string, unknown>[]).find((role) => role.name === name);
    context.openDialog((close) => (
      <AlterDialog
        title={`Edit role ${name}`}
        path={`/api/v1/roles/${enc(name)}`}
        source={{ path: '/api/v1/roles', pick: byName }}
        fields={[
          { key: 'name', label: 'Name' },
          { key: 'password', label: 'New password', type: 'password' },
          { key: 'connectionLimit', label: 'Connection limit', type: 'number' },
          { key: 'comment', label: 'Comment' },
          { key: 'login', label: 'Can log in', type: 'check' },
          { key: 'superuser', label: 'Superuser', type: 'check' },
          { key: 'createDatabase', label: 'Create databases', type: 'check' },
          { key: 'createRole', label: 'Create roles', type: 'check' },
        ]}
        onClose={close}
        onDone={() => context.refreshParent()}
      />
    ));
  },
});
