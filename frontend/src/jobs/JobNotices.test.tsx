import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import type { Job } from './api';
import { JobNotices } from './JobNotices';
import { announceStarted, dismissStarted } from './started';

/** The server's event stream, driven by the test. */
class FakeEventSource {
  static last: FakeEventSource | undefined;
  private readonly handlers = new Map<string, (event: MessageEvent<string>) => void>();
  constructor() {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, handler: (event: MessageEvent<string>) => void) {
    this.handlers.set(type, handler);
  }
  close() {}
  emit(job: Job) {
    this.handlers.get('job')?.({ data: JSON.stringify(job) } as MessageEvent<string>);
  }
}

const ended: Job = {
  id: 41,
  type: 'backup',
  object: 'orders.store',
  database: 'orders',
  file: 'backups/store.dump',
  status: 'succeeded',
  createdAt: '2026-12-05T07:00:00Z',
  startedAt: '2026-12-05T07:00:01Z',
  finishedAt: '2026-12-05T07:00:03Z',
  durationMs: 2000,
  exitCode: 0,
  command: 'pg_dump',
  note: null,
};

function renderNotices(onOpenJob = vi.fn()) {
  vi.stubGlobal('EventSource', FakeEventSource);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <JobNotices onOpenJob={onOpenJob} />
    </QueryClientProvider>,
  );
  return onOpenJob;
}

describe('JobNotices', () => {
  afterEach(() => {
    act(() => dismissStarted(41));
    vi.unstubAllGlobals();
  });

  it('says "Backup started" at once and gives way to the ending notice when the job ends', () => {
    renderNotices();

    act(() => announceStarted({ id: 41, title: 'Backup started', object: 'backups/store.dump' }));
    expect(screen.getByTestId('job-notice-started').textContent).toContain('Backup started');
    expect(screen.getByTestId('job-notice-started').textContent).toContain('backups/store.dump');

    act(() => FakeEventSource.last?.emit(ended));
    expect(screen.queryByTestId('job-notice-started')).toBeNull();
    expect(screen.getByTestId('job-notice').textContent).toContain('succeeded');
  });

  it('opens the running job in Processes from the started notice', () => {
    const onOpenJob = renderNotices();
    act(() => announceStarted({ id: 41, title: 'Backup started', object: 'backups/store.dump' }));

    fireEvent.click(screen.getByRole('button', { name: 'View Processes' }));

    expect(onOpenJob).toHaveBeenCalledWith(41);
    expect(screen.queryByTestId('job-notice-started')).toBeNull();
  });
});
