import { SINGLETON_TABS } from '../app/tabs';
import { registerNodeAction } from '../explorer/actions';
import { MaintenanceDialog } from './MaintenanceDialog';
import { selectJob } from '../jobs/selection';

/** Maintenance… on a schema or a table: absent where the deployment may not write. */
registerNodeAction(['schema', 'table', 'materialized-view'], {
  id: 'maintenance',
  label: 'Maintenance…',
  group: 'tools',
  order: 30,
  requires: ['write'],
  run: ({ node, openDialog, openTab }) => {
    const { db = '', schema = '', name } = node.ref;
    openDialog((close) => (
      <MaintenanceDialog
        target={{ database: db, schema, table: node.type === 'schema' ? undefined : name }}
        onClose={close}
        onStarted={(jobId) => {
          close();
          selectJob(jobId);
          openTab(SINGLETON_TABS.processes);
        }}
      />
    ));
  },
});
