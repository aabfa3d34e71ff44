import { registerNodeAction } from '../explorer/actions';
import { openBackupDialog, openRestoreDialog } from './store';

/** Backup… on a database, schema or table; absent where the deployment may not back up (production). */
registerNodeAction(['database', 'schema', 'table'], {
  id: 'backup',
  label: 'Backup…',
  group: 'tools',
  order: 20,
  requires: ['backup'],
  run: ({ node }) => {
    const { db = '', schema, name } = node.ref;
    if (node.type === 'table')
      openBackupDialog({ database: db, schema, table: name, scope: 'table' });
    else if (node.type === 'schema') openBackupDialog({ database: db, schema, scope: 'schema' });
    else openBackupDialog({ database: db, scope: 'database' });
  },
});

/** Restore… into a database or schema; absent where the deployment may not restore. */
registerNodeAction(['database', 'schema'], {
  id: 'restore',
  label: 'Restore…',
  group: 'tools',
  order: 21,
  requires: ['restore'],
  run: ({ node }) => {
    const { db = '', schema } = node.ref;
    openRestoreDialog(node.type === 'schema' ? { database: db, schema } : { database: db });
  },
});
