import { dashboardTab } from '../app/tabs';
import { registerNodeAction } from '../explorer/actions';

/** A database's own Dashboard: its sessions, locks and counters only. */
registerNodeAction('database', {
  id: 'dashboard',
  label: 'Dashboard',
  group: 'tools',
  order: 20,
  when: (context) => Boolean(context.node.ref.db),
  run: (context) => context.openTab(dashboardTab(context.node.ref.db ?? '')),
});
