import { createElement } from 'react';
import { queryToolTab } from '../app/tabs';
import { ScriptPreview } from './ScriptPreview';
import { registerNodeAction } from '../explorer/actions';
import { ddlPathFor, fetchDdl } from '../explorer/ddl';
import { apiGet } from '../api/client';
import { paths, type ObjectProperties } from '../explorer/api';
import { quoteIdent } from './quoting';
import { errorText } from '../ui/errorText';

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

/** Scripts → CREATE shows the object's reverse-engineered DDL read-only, with "Open in Query Tool" on its database. */
registerNodeAction('*', {
  id: 'scripts-create',
  label: 'Scripts → CREATE',
  group: 'scripts',
  order: 5,
  when: ({ node }) => Boolean(node.ref.db) && ddlPathFor(node) !== undefined,
  run: ({ node, openTab, openDialog }) => {
    const path = ddlPathFor(node);
    if (!path) return;
    fetchDdl(path).then(
      (sql) =>
        openDialog((close) =>
          createElement(ScriptPreview, {
            title: `${node.label} (CREATE)`,
            sql,
            onOpenInQueryTool: () => openTab(queryToolTab(node.ref.db ?? '', sql)),
            onClose: close,
          }),
        ),
      (error: unknown) => window.alert(errorText(error)),
    );
  },
});

type Template = 'insert' | 'update' | 'delete';

/** pgAdmin's INSERT, UPDATE and DELETE script templates, with the table's columns and key filled in. */
function template(kind: Template, table: string, properties: ObjectProperties): string {
  const columns = properties.columns ?? [];
  const names = columns.map((column) => quoteIdent(column.name));
  const keys = columns
    .filter((column) => column.primaryKey)
    .map((column) => quoteIdent(column.name));
  const where = (keys.length ? keys : names.slice(0, 1))
    .map((name) => `${name} = ?`)
    .join('\n  AND ');
  switch (kind) {
    case 'insert':
      return `INSERT INTO ${table} (${names.join(', ')})\nVALUES (${names.map(() => '?').join(', ')});\n`;
    case 'update':
      return `UPDATE ${table}\nSET ${names.map((name) => `${name} = ?`).join(',\n    ')}\nWHERE ${where};\n`;
    case 'delete':
      return `DELETE FROM ${table}\nWHERE ${where};\n`;
  }
}

(['insert', 'update', 'delete'] as const).forEach((kind, index) =>
  registerNodeAction('table', {
    id: `script-${kind}`,
    label: `Scripts → ${kind.toUpperCase()}`,
    group: 'scripts',
    order: 11 + index,
    run: ({ node, openTab }) => {
      const { db = '', schema = '', name = '' } = node.ref;
      apiGet<ObjectProperties>(paths.object(db, schema, 'tables', name)).then(
        (properties) =>
          openTab(
            queryToolTab(
              db,
              template(kind, `${quoteIdent(schema)}.${quoteIdent(name)}`, properties),
            ),
          ),
        (error: unknown) => window.alert(errorText(error)),
      );
    },
  }),
);
