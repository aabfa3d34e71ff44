import { registerNodeAction } from '../explorer/actions';
import { openDataTab } from './openDataTab';
import { RELATION_KIND_OF_TYPE } from '../api/kinds';

/** Tables, views and materialized views open in a View/Edit Data tab. */
registerNodeAction(Object.keys(RELATION_KIND_OF_TYPE), {
  id: 'view-edit-data',
  label: 'View/Edit Data',
  group: 'tools',
  order: 5,
  run: ({ node }) =>
    openDataTab({
      database: node.ref.db ?? '',
      schema: node.ref.schema ?? '',
      relation: node.ref.name ?? '',
      kind: RELATION_KIND_OF_TYPE[node.type],
    }),
});
