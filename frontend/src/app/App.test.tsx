import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse, stagingDeployment } from '../test/fixtures';
import { App } from './App';

function serve(routes: Record<string, () => Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const path = String(input);
    const route = routes[path];
    return route ? route() : new Response('', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderApp() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
}

describe('App shell', () => {
  it('loads the deployment, lists databases and manages tabs', async () => {
    serve({
      '/api/v1/deployment': () => jsonResponse(stagingDeployment),
      '/api/v1/databases': () => jsonResponse([{ name: 'orders' }, { name: 'postgres' }]),
    });
    renderApp();

    const explorer = await screen.findByTestId('explorer');
    expect(within(explorer).queryByText('Object Explorer')).not.toBeNull();
    expect(within(explorer).queryByText('orders-stg')).not.toBeNull();
    await waitFor(() => expect(within(explorer).queryByText('orders')).not.toBeNull());

    expect(screen.getByRole('tab', { name: 'Welcome' }).getAttribute('aria-selected')).toBe('true');
    expect(
      screen.queryByText(
        'Files in Storage are not kept permanently: download backups you want to keep.',
      ),
    ).not.toBeNull();

    fireEvent.click(screen.getByTestId('open-processes'));
    expect(screen.getByRole('tab', { name: 'Processes' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await waitFor(() => expect(screen.queryByText('No processes yet.')).not.toBeNull());

    fireEvent.click(screen.getByTestId('open-storage'));
    fireEvent.click(screen.getByTestId('open-processes'));
    expect(screen.getAllByRole('tab')).toHaveLength(3);

    fireEvent.click(screen.getByRole('button', { name: 'Close Processes' }));
    expect(screen.queryByRole('tab', { name: 'Processes' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Storage' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows nothing under the server when /api/v1/databases is 404', async () => {
    const fetchMock = serve({ '/api/v1/deployment': () => jsonResponse(stagingDeployment) });
    renderApp();
    await screen.findByTestId('explorer');
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([input]) => String(input) === '/api/v1/databases')).toBe(
        true,
      ),
    );
    expect(screen.queryAllByTestId('explorer-database')).toHaveLength(0);
    expect(screen.queryByText('Could not load databases.')).toBeNull();
  });
});
