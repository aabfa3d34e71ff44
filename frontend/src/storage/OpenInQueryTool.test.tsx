import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse } from '../test/fixtures';
import { StorageManager } from './StorageManager';

const listing = {
  path: '',
  entries: [
    { name: 'report.sql', type: 'file', size: 17, modifiedAt: '2024-05-02T10:00:00Z' },
    { name: 'latin1.sql', type: 'file', size: 4, modifiedAt: '2024-05-02T10:00:00Z' },
    { name: 'shop.dump', type: 'file', size: 42, modifiedAt: '2024-05-02T10:00:00Z' },
    { name: 'scripts', type: 'directory', size: null, modifiedAt: '2024-05-01T10:00:00Z' },
  ],
};

/** A server with the listing above, the two scripts' bytes, and {@code databases}. */
function serve(databases: string[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === '/api/v1/databases') return jsonResponse(databases.map((name) => ({ name })));
      if (url.endsWith('path=report.sql')) return new Response('SELECT 1;\r\nSELECT 2;');
      if (url.endsWith('path=latin1.sql')) return new Response(new Uint8Array([0x63, 0xe9]));
      if (url.startsWith('/api/v1/files?')) return jsonResponse(listing);
      return jsonResponse({ used: 0, quota: 1, maxAge: 'PT1H', maxAgeSeconds: 3600 });
    }),
  );
}

function renderManager(databases: string[]) {
  serve(databases);
  const onOpen = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <StorageManager onOpenInQueryTool={onOpen} />
    </QueryClientProvider>,
  );
  return onOpen;
}

const row = async (name: string) =>
  within(await screen.findByText(name, { selector: 'span' }).then((s) => s.closest('tr')!));

describe('Open in Query Tool', () => {
  it('is offered for scripts only', async () => {
    renderManager(['shop']);
    expect((await row('report.sql')).queryByTestId('entry-open-query')).not.toBeNull();
    expect((await row('shop.dump')).queryByTestId('entry-open-query')).toBeNull();
    expect((await row('scripts')).queryByTestId('entry-open-query')).toBeNull();
  });

  it('opens the file on the one visible database, linked to the file', async () => {
    const onOpen = renderManager(['shop']);
    fireEvent.click((await row('report.sql')).getByTestId('entry-open-query'));
    await waitFor(() =>
      expect(onOpen).toHaveBeenCalledWith('shop', 'SELECT 1;\r\nSELECT 2;', 'report.sql'),
    );
  });

  it('asks which database when several are visible', async () => {
    const onOpen = renderManager(['shop', 'warehouse']);
    fireEvent.click((await row('report.sql')).getByTestId('entry-open-query'));

    const dialog = within(await screen.findByTestId('open-in-query-tool'));
    await waitFor(() => expect(dialog.getAllByRole('option')).toHaveLength(2));
    fireEvent.change(dialog.getByTestId('new-query-database'), { target: { value: 'warehouse' } });
    fireEvent.click(dialog.getByTestId('new-query-open'));

    expect(onOpen).toHaveBeenCalledWith('warehouse', 'SELECT 1;\r\nSELECT 2;', 'report.sql');
    expect(screen.queryByTestId('open-in-query-tool')).toBeNull();
  });

  it('refuses a file that is not UTF-8 and opens nothing', async () => {
    const onOpen = renderManager(['shop']);
    fireEvent.click((await row('latin1.sql')).getByTestId('entry-open-query'));
    expect((await screen.findByTestId('storage-error')).textContent).toContain(
      'latin1.sql is not UTF-8 text',
    );
    expect(onOpen).not.toHaveBeenCalled();
  });
});
