import { queryToolTab } from '../app/tabs';
import { registerNodeAction } from '../explorer/actions';
import { ddlPathFor, fetchDdl } from '../explorer/ddl';
import { quoteIdent } from './quoting';

/** Every node inside a database opens a Query Tool on that database. */
registerNodeAction(['database', 'schema', 'table', 'view', 'materialized-view', 'foreign-table'], {
  id: 'query-tool',
  label: 'Query Tool',
  group: 'tools',
  order: 10,
  when: (context) => Boolean(context.node.ref.db),
  run: (context) => context.openTab(queryToolTab(context.node.ref.db ?? '')),
});

/** Scripts → SELECT opens the relation's first rows in a Query Tool, as pgAdmin's script does. */
registerNodeAction(['table', 'view', 'materialized-view', 'foreign-table'], {
  id: 'script-select',
  label: 'Scripts → SELECT',
  group: 'scripts',
  order: 10,
  run: ({ node, openTab }) => {
    const { db = '', schema = '', name = '' } = node.ref;
    openTab(
      queryToolTab(db, `SELECT *\nFROM ${quoteIdent(schema)}.${quoteIdent(name)}\nLIMIT 100;\n`),
    );
  },
});

/** Scripts → CREATE opens the object's reverse-engineered DDL in a Query Tool on its database. */
registerNodeAction('*', {
  id: 'scripts-create',
  label: 'Scripts → CREATE',
  group: 'scripts',
  order: 5,
  when: ({ node }) => Boolean(node.ref.db) && ddlPathFor(node) !== undefined,
  run: ({ node, openTab }) => {
    const path = ddlPathFor(node);
    if (!path) return;
    fetchDdl(path).then(
      (sql) => openTab(queryToolTab(node.ref.db ?? '', sql)),
      (error: unknown) => window.alert(error instanceof Error ? error.message : String(error)),
    );
  },
});
