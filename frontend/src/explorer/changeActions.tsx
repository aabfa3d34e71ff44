import { paths } from './api';
import type { NodeActionContext } from './actions';
import { registerNodeAction } from './actions';
import {
  AddColumnDialog,
  CreateDatabaseDialog,
  CreateIndexDialog,
  CreateRoleDialog,
  CreateSchemaDialog,
  CreateSequenceDialog,
  CreateTableDialog,
  CreateViewDialog,
} from './CreateDialogs';
import { DropDialog } from './DropDialog';
import type { ObjectRef, TreeNode } from './tree';

const enc = encodeURIComponent;

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
