import { registerNodeAction } from '../explorer/actions';
import { openDataTab } from './openDataTab';
import type { RelationKind } from './types';

const RELATION_KINDS: Record<string, RelationKind> = {
  table: 'tables',
  view: 'views',
  'materialized-view': 'materialized-views',
  'foreign-table': 'foreign-tables',
};

/** Tables, views and materialized views open in a View/Edit Data tab. */
registerNodeAction(Object.keys(RELATION_KINDS), {
  id: 'view-edit-data',
  label: 'View/Edit Data',
  group: 'tools',
  order: 5,
  run: ({ node }) =>
    openDataTab({
      database: node.ref.db ?? '',
      schema: node.ref.schema ?? '',
      relation: node.ref.name ?? '',
      kind: RELATION_KINDS[node.type],
    }),
});
