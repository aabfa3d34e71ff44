import { describe, expect, it } from 'vitest';
import { stagingDeployment } from '../test/fixtures';
import { nodeActions, registerNodeAction, type NodeActionContext } from './actions';
import './builtinActions';
import { filterRows, flatten, type LoadState } from './flatten';
import { serverNode, type TreeNode } from './tree';

const root = serverNode({ ...stagingDeployment, tenancy: 'single' });
const schemas = [
  { name: 'public', owner: 'postgres', comment: null, counts: { tables: 2, views: 0 } },
  { name: 'sales', owner: 'postgres', comment: null, counts: { tables: 1 } },
];
const loads = new Map<string, LoadState>([
  ['/api/v1/databases', { status: 'success', data: [{ name: 'shop' }] }],
  ['/api/v1/databases/shop/schemas', { status: 'success', data: schemas }],
  [
    '/api/v1/databases/shop/schemas/public/tables',
    { status: 'success', data: [{ name: 'orders' }, { name: 'order items' }] },
  ],
  ['/api/v1/databases/shop/schemas/public/functions', { status: 'pending' }],
]);

function rows(expanded: string[]) {
  return flatten(root, new Set(expanded), loads, new WeakMap());
}

describe('explorer tree', () => {
  it('shows server, databases and the server-wide folders in single-tenant', () => {
    expect(rows(['server']).map((r) => r.node.label)).toEqual([
      stagingDeployment.server.name,
      'shop',
      'Login/Group Roles',
      'Tablespaces',
    ]);
  });

  it('leaves roles and tablespaces out in multi-tenant', () => {
    const multi = serverNode(stagingDeployment);
    const labels = flatten(multi, new Set(['server']), loads, new WeakMap()).map(
      (r) => r.node.label,
    );
    expect(labels).not.toContain('Login/Group Roles');
  });

  it('expands to a schema with its kinds, counts from the schema listing', () => {
    const list = rows([
      'server',
      'server/shop',
      'server/shop/schemas',
      'server/shop/schemas/public',
      'server/shop/schemas/public/tables',
      'server/shop/schemas/public/functions',
    ]);
    const byId = new Map(list.map((r) => [r.key, r]));
    expect(byId.get('server/shop/schemas')?.count).toBe(2);
    expect(byId.get('server/shop/schemas/public/tables')?.count).toBe(2);
    expect(byId.get('server/shop/schemas/public/tables/order items')?.depth).toBe(5);
    expect(byId.get('server/shop/schemas/public/functions#loading')?.message).toBe('loading');
    expect(byId.get('server/shop/catalogs')?.expandable).toBe(true);
  });

  it('filters to matching rows and keeps their path', () => {
    const all = rows([
      'server',
      'server/shop',
      'server/shop/schemas',
      'server/shop/schemas/public',
      'server/shop/schemas/public/tables',
    ]);
    expect(filterRows(all, 'ITEMS').map((r) => r.node.label)).toEqual([
      stagingDeployment.server.name,
      'shop',
      'Schemas',
      'public',
      'Tables',
      'order items',
    ]);
  });
});

describe('context menu registry', () => {
  const table: TreeNode = { id: 't', type: 'table', label: 'orders', ref: {} };
  const context = (write: boolean): NodeActionContext => ({
    node: table,
    deployment: {
      ...stagingDeployment,
      capabilities: { ...stagingDeployment.capabilities, write },
    },
    refresh: () => {},
    refreshParent: () => {},
    openTab: () => {},
    openDialog: () => {},
  });

  it('adds items per node kind, leaves out what the deployment disallows, and removes them again', () => {
    const remove = registerNodeAction('table', {
      id: 'test-edit',
      label: 'Edit rows',
      group: 'tools',
      requires: ['write'],
      run: () => {},
    });
    const other = registerNodeAction('view', {
      id: 'test-view',
      label: 'View only',
      run: () => {},
    });

    expect(nodeActions(context(true)).map((a) => a.id)).toContain('test-edit');
    expect(nodeActions(context(true)).map((a) => a.id)).not.toContain('test-view');
    expect(nodeActions(context(false)).map((a) => a.id)).not.toContain('test-edit');
    expect(nodeActions(context(true))[0].id).toBe('refresh');

    remove();
    other();
    expect(nodeActions(context(true)).map((a) => a.id)).not.toContain('test-edit');
  });
});
