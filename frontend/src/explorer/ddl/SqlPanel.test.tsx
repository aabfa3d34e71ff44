import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../api/queryClient';
import type { TreeNode } from '../tree';
import { ddlPathFor, ddlPaths } from './api';
import { SqlPanel } from './SqlPanel';

const SCRIPT = `CREATE TABLE shop.orders (\n    id integer NOT NULL\n);\n\nALTER TABLE shop.orders OWNER TO app;\n`;
const PATH = '/api/v1/databases/shop/schemas/shop/tables/orders/ddl';

function serveText(path: string, body: string, status = 200) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) =>
    String(input) === path
      ? new Response(body, {
          status,
          headers: {
            'Content-Type':
              status === 200 ? 'text/plain;charset=UTF-8' : 'application/problem+json',
          },
        })
      : new Response('', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPanel(path: string) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <SqlPanel path={path} title="orders" />
    </QueryClientProvider>,
  );
}

const table: TreeNode = {
  id: 'server/shop/schemas/shop/tables/orders',
  type: 'table',
  label: 'orders',
  ref: { db: 'shop', schema: 'shop', kind: 'tables', name: 'orders' },
};

// jsdom lays nothing out; CodeMirror measures text ranges after each update.
beforeAll(() => {
  if (!Range.prototype.getClientRects) {
    Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => new DOMRect();
  }
});

describe('SqlPanel', () => {
  it('shows the script highlighted as SQL and copies it', async () => {
    serveText(PATH, SCRIPT);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel(PATH);

    const host = await screen.findByTestId('sql-view');
    const view = host.shadowRoot!;
    await waitFor(() => expect(view.textContent).toContain('CREATE TABLE shop.orders ('));
    expect(view.querySelector('.cm-content')?.getAttribute('contenteditable')).toBe('false');
    expect(view.querySelector('.cm-content')?.textContent).toContain('OWNER TO app;');
    const tokens = [...view.querySelectorAll('.cm-line span')].map((span) => span.textContent);
    expect(tokens).toContain('CREATE');

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(writeText).toHaveBeenCalledWith(SCRIPT);
  });

  it('says why when the object is gone', async () => {
    serveText(
      PATH,
      JSON.stringify({ title: 'Not found', status: 404, detail: 'There is no tables entry.' }),
      404,
    );
    renderPanel(PATH);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not found: There is no tables entry.',
    );
  });

  it('knows which script each node of the tree shows', () => {
    expect(ddlPathFor(table)).toBe(PATH);
    expect(ddlPathFor({ ...table, type: 'schema', ref: { db: 'shop', schema: 'a b' } })).toBe(
      '/api/v1/databases/shop/schemas/a%20b/ddl',
    );
    const index: TreeNode = {
      ...table,
      type: 'index',
      label: 'orders_pkey',
      ref: {
        db: 'shop',
        schema: 'shop',
        kind: 'tables',
        table: 'orders',
        part: 'indexes',
        name: 'orders_pkey',
      },
    };
    expect(ddlPathFor(index)).toBe(PATH);
    expect(ddlPaths.object('shop', 'shop', 'functions', 'add(integer,integer)')).toBe(
      '/api/v1/databases/shop/schemas/shop/functions/add(integer%2Cinteger)/ddl',
    );
    expect(ddlPathFor({ ...table, type: 'database', ref: { db: 'shop' } })).toBeUndefined();
  });
});
