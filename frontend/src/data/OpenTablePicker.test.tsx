import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import type { SchemaSummary } from '../explorer/api';
import { jsonResponse } from '../test/fixtures';
import { OpenTablePicker, defaultSchema } from './OpenTablePicker';

const schema = (name: string, counts: Record<string, number>): SchemaSummary => ({
  name,
  owner: 'team',
  comment: null,
  counts,
});

describe('Open table', () => {
  it('starts in public when it holds relations, else in the first schema that does', () => {
    const empty = schema('public', { sequences: 2 });
    const reporting = schema('reporting', { views: 1 });
    const store = schema('store', { tables: 3 });

    expect(defaultSchema([schema('public', { tables: 1 }), reporting])).toBe('public');
    expect(defaultSchema([empty, reporting, store])).toBe('reporting');
    expect(defaultSchema([empty])).toBe('public');
    expect(defaultSchema([])).toBe('');
  });

  it("lists a schema's relations from the Object Explorer, asking only for the kinds it holds", async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      const answers: Record<string, unknown> = {
        '/api/v1/databases': [{ name: 'shop' }],
        '/api/v1/databases/shop/schemas': [
          schema('public', {}),
          schema('store', { tables: 2, materializedViews: 1 }),
        ],
        '/api/v1/databases/shop/schemas/store/tables': [{ name: 'orders' }, { name: 'customers' }],
        '/api/v1/databases/shop/schemas/store/materialized-views': [{ name: 'order_totals' }],
      };
      const answer = answers[String(input)];
      return answer ? jsonResponse(answer) : new Response('', { status: 404 });
    });
    vi.stubGlobal('fetch', fetchMock);
    render(
      <QueryClientProvider client={createQueryClient()}>
        <OpenTablePicker onClose={() => undefined} />
      </QueryClientProvider>,
    );

    await waitFor(() => expect(screen.getAllByTestId('open-table-item')).toHaveLength(3));
    expect(screen.getAllByTestId('open-table-item').map((item) => item.textContent)).toEqual([
      'customerstable',
      'order_totalsmaterialized view',
      'orderstable',
    ]);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(
      '/api/v1/databases/shop/schemas/store/views',
    );
    fireEvent.change(screen.getByTestId('open-table-search'), { target: { value: 'ORD' } });
    expect(screen.getAllByTestId('open-table-item')).toHaveLength(2);
  });
});
