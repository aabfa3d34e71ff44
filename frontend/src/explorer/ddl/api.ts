import { apiGet } from '../../api/client';
import { explorerKey, paths } from '../api';
import type { TreeNode } from '../tree';

/** Where the SQL that recreates an object, or a whole schema, is served (text/plain). */
export const ddlPaths = {
  object: (db: string, schema: string, kind: string, name: string) =>
    `${paths.object(db, schema, kind, name)}/ddl`,
  schema: (db: string, schema: string) => `${paths.schema(db, schema)}/ddl`,
};

/**
 * The DDL path for a node of the Object Explorer: a schema's script, an object's, or for a column, index,
 * trigger... under a table, the table's (which holds them). Undefined where there is nothing to script.
 */
export function ddlPathFor(node: TreeNode): string | undefined {
  const { db, schema, kind, name, table } = node.ref;
  if (!db || !schema) return undefined;
  if (node.type === 'schema') return ddlPaths.schema(db, schema);
  if (kind && table) return ddlPaths.object(db, schema, kind, table);
  if (node.type === 'collection' || !kind || !name) return undefined;
  return ddlPaths.object(db, schema, kind, name);
}

/** Cached under the explorer's keys, so refreshing a node in the tree refetches its SQL too. */
export function ddlQuery(path: string) {
  return { queryKey: [...explorerKey(path), 'ddl'], queryFn: () => fetchDdl(path) };
}

/** The script as text, e.g. to open it in a Query Tool tab ("Scripts → CREATE"). */
export async function fetchDdl(path: string): Promise<string> {
  return (await apiGet<string | undefined>(path)) ?? '';
}
