import { SINGLETON_TABS } from '../app/tabs';
import { registerNodeAction } from './actions';

/** Every node can be refreshed and shown in the Properties tab. */
registerNodeAction('*', {
  id: 'refresh',
  label: 'Refresh',
  order: 1,
  run: (context) => context.refresh(),
});

registerNodeAction('*', {
  id: 'properties',
  label: 'Properties…',
  order: 2,
  run: (context) => context.openTab(SINGLETON_TABS.properties),
});
