import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse } from '../test/fixtures';
import { auditQuery, NO_FILTERS } from './api';
import { AuditView } from './AuditView';

const statement = {
  id: 7,
  at: '2026-01-02T03:04:05.000Z',
  kind: 'statement',
  outcome: 'failure',
  person: 'ada@agency.gov',
  clientAddress: '10.0.0.9',
  database: 'shop',
  summary: 'SELECT * FROM orders',
  detail: { source: 'query-tool', sqlState: '42P01' },
};
const login = {
  ...statement,
  id: 6,
  kind: 'login',
  outcome: 'success',
  database: undefined,
  summary: 'logged in',
};

describe('AuditView', () => {
  it('asks for the filters given, shows records newest first and opens a statement in the Query Tool', async () => {
    const fetch = vi.fn(async () => jsonResponse({ items: [statement, login], next: null }));
    vi.stubGlobal('fetch', fetch);
    const onOpen = vi.fn();
    render(
      <QueryClientProvider client={createQueryClient()}>
        <AuditView onOpenQuery={onOpen} />
      </QueryClientProvider>,
    );

    const rows = await screen.findAllByTestId('audit-record');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('SELECT * FROM orders'),
      expect.stringContaining('logged in'),
    ]);
    expect(screen.getAllByText('Open in Query Tool')).toHaveLength(1);
    fireEvent.click(screen.getByText('Open in Query Tool'));
    expect(onOpen).toHaveBeenCalledWith('shop', 'SELECT * FROM orders');

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'statement' } });
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'failure' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'orders' } });
    fireEvent.click(screen.getByText('Search'));
    await waitFor(() =>
      expect(fetch).toHaveBeenLastCalledWith(
        '/api/v1/audit?kind=statement&outcome=failure&q=orders&limit=100',
        expect.anything(),
      ),
    );
  });

  it('leaves empty filters out of the query string', () => {
    expect(auditQuery(NO_FILTERS, { format: 'csv' })).toBe('format=csv');
    expect(auditQuery({ ...NO_FILTERS, since: '2026-01-01T00:00:00.000Z' })).toBe(
      'since=2026-01-01T00%3A00%3A00.000Z',
    );
  });
});
