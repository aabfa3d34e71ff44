import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse, productionDeployment, stagingDeployment } from '../test/fixtures';
import type { Deployment } from '../api/types';
import { formatDuration, type Job } from './api';
import { merge } from './events';
import { ProcessesPanel } from './ProcessesPanel';
import { selectJob } from './selection';

const running: Job = {
  id: 7,
  type: 'backup',
  object: 'orders.app',
  database: 'orders',
  file: 'backups/app.dump',
  status: 'running',
  createdAt: '2026-11-25T09:00:00Z',
  startedAt: '2026-11-25T09:00:01Z',
  finishedAt: null,
  durationMs: 1500,
  exitCode: null,
  command: '/usr/bin/pg_dump --host=db --format=c \'--schema="app"\'',
  note: null,
};
const failed: Job = {
  ...running,
  id: 6,
  type: 'restore',
  status: 'failed',
  finishedAt: '2026-11-25T08:59:00Z',
  durationMs: 65_000,
  exitCode: 1,
  note: 'Exited with code 1: see the log.',
};

function streamOf(text: string): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/plain' } });
}

function serve(routes: Record<string, (init?: RequestInit) => Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const route = routes[String(input)];
    return route ? route(init) : new Response('', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPanel(deployment: Deployment = stagingDeployment) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <ProcessesPanel deployment={deployment} />
    </QueryClientProvider>,
  );
}

describe('Processes', () => {
  it('lists jobs as pgAdmin names them and shows the command and live log of one', async () => {
    selectJob(undefined);
    const fetchMock = serve({
      '/api/v1/jobs': () => jsonResponse([running, failed]),
      '/api/v1/jobs/7/log': () => streamOf('2026-11-25T09:00:01.000Z pg_dump: reading schemas\n'),
      '/api/v1/jobs/7/cancel': () => jsonResponse({ ...running, status: 'cancelled' }),
    });
    renderPanel();

    const rows = await screen.findAllByTestId('job-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).queryByText('Backup Object')).not.toBeNull();
    expect(within(rows[1]).queryByText('Restore Object')).not.toBeNull();
    expect(within(rows[1]).queryByText('1 min 5 s')).not.toBeNull();

    fireEvent.click(rows[0]);
    const details = await screen.findByTestId('job-details');
    expect(within(details).getByTestId('job-command').textContent).toContain('--schema="app"');
    await waitFor(() =>
      expect(screen.getByTestId('job-log').textContent).toContain('pg_dump: reading schemas'),
    );

    fireEvent.click(within(details).getByTestId('job-stop'));
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/v1/jobs/7/cancel',
        expect.objectContaining({ method: 'POST' }),
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId('job-details-status').textContent).toBe('cancelled'),
    );
  });

  it('reads the list again while a job runs, so a missed event cannot leave it running', async () => {
    selectJob(7);
    let answers = 0;
    serve({
      '/api/v1/jobs': () => {
        answers++;
        return jsonResponse(answers === 1 ? [running] : [{ ...running, status: 'succeeded' }]);
      },
      '/api/v1/jobs/7/log': () => streamOf(''),
    });
    renderPanel();

    expect((await screen.findByTestId('job-details-status')).textContent).toBe('running');
    await waitFor(
      () => expect(screen.getByTestId('job-details-status').textContent).toBe('succeeded'),
      { timeout: 5000 },
    );
    const settled = answers;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(answers).toBe(settled);
  });

  it('offers backup and restore only where the deployment allows them', async () => {
    serve({ '/api/v1/jobs': () => jsonResponse([]) });
    const { unmount } = renderPanel();
    await waitFor(() => expect(screen.queryByText('No processes yet.')).not.toBeNull());
    expect(screen.queryByTestId('new-backup')).not.toBeNull();
    expect(screen.queryByTestId('new-restore')).not.toBeNull();
    unmount();

    renderPanel({
      ...productionDeployment,
      capabilities: { ...productionDeployment.capabilities, backup: false, restore: false },
    });
    await waitFor(() => expect(screen.queryByText('No processes yet.')).not.toBeNull());
    expect(screen.queryByTestId('new-backup')).toBeNull();
    expect(screen.queryByTestId('new-restore')).toBeNull();
  });
});

describe('job helpers', () => {
  it('formats durations and merges a changed job into the list', () => {
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(420)).toBe('420 ms');
    expect(formatDuration(12_340)).toBe('12.3 s');
    expect(formatDuration(3_723_000)).toBe('1 h 2 min');
    expect(merge([running, failed], { ...running, status: 'succeeded' })?.[0].status).toBe(
      'succeeded',
    );
    expect(merge([failed], running)?.map((job) => job.id)).toEqual([7, 6]);
    expect(merge(undefined, running)).toBeUndefined();
  });
});
