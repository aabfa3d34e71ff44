import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse } from '../test/fixtures';
import type { Listing } from './api';
import { StorageManager } from './StorageManager';

const GB = 1024 ** 3;

const listings: Record<string, Listing> = {
  '': {
    path: '',
    entries: [
      { name: 'small.sql', type: 'file', size: 10, modifiedAt: '2024-05-02T10:00:00Z' },
      { name: 'backups', type: 'directory', size: null, modifiedAt: '2024-05-01T10:00:00Z' },
      { name: 'big.dump', type: 'file', size: 5000, modifiedAt: '2024-05-03T10:00:00Z' },
    ],
  },
  backups: {
    path: 'backups',
    entries: [{ name: 'shop.dump', type: 'file', size: 42, modifiedAt: '2024-05-01T10:00:00Z' }],
  },
};

interface Call {
  method: string;
  url: string;
  body?: string;
}

/** A fake server for /api/v1/files: listings above, 1 GB used of 10 GB, 7 days retention. */
function serve() {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      calls.push({ method, url, body: init?.body as string | undefined });
      if (url === '/api/v1/files/usage') {
        return jsonResponse({ used: GB, quota: 10 * GB, maxAge: 'PT168H', maxAgeSeconds: 604800 });
      }
      const list = url.match(/^\/api\/v1\/files\?path=(.*)$/);
      if (method === 'GET' && list) {
        const listing = listings[decodeURIComponent(list[1])];
        return listing ? jsonResponse(listing) : new Response('', { status: 404 });
      }
      if (method === 'DELETE') return new Response(null, { status: 204 });
      return jsonResponse({ name: 'x', type: 'directory', size: null, modifiedAt: '' }, 201);
    }),
  );
  return calls;
}

/** XMLHttpRequest as far as uploads use it; each instance is kept so the test can answer it. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | undefined;
  status = 0;
  responseText = '';
  aborted = false;
  upload: { onprogress?: (event: Partial<ProgressEvent>) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

function renderManager() {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const calls = serve();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <StorageManager />
    </QueryClientProvider>,
  );
  return calls;
}

const rowNames = () =>
  screen.getAllByTestId('storage-entry').map((row) => row.getAttribute('data-name'));

function drop(files: File[]) {
  fireEvent.drop(screen.getByTestId('storage-dropzone'), {
    dataTransfer: { files, types: ['Files'] },
  });
}

describe('StorageManager', () => {
  it('lists folders first, sorts by size and date, and shows usage and retention', async () => {
    renderManager();

    await waitFor(() => expect(rowNames()).toEqual(['backups', 'big.dump', 'small.sql']));
    expect(await screen.findByTestId('storage-usage')).toHaveProperty(
      'textContent',
      '1.0 GB of 10.0 GB used',
    );
    expect(screen.getByTestId('storage-retention').textContent).toContain(
      'Files older than 7 days are removed — download what you want to keep.',
    );

    fireEvent.click(screen.getByTestId('sort-size'));
    expect(rowNames()).toEqual(['backups', 'small.sql', 'big.dump']);
    fireEvent.click(screen.getByTestId('sort-size'));
    expect(rowNames()).toEqual(['backups', 'big.dump', 'small.sql']);
    fireEvent.click(screen.getByTestId('sort-modifiedAt'));
    expect(rowNames()).toEqual(['backups', 'big.dump', 'small.sql']);
  });

  it('opens folders, goes back by the breadcrumb, and links each file for download', async () => {
    renderManager();

    fireEvent.click(await screen.findByRole('button', { name: 'backups' }));
    await waitFor(() => expect(rowNames()).toEqual(['shop.dump']));
    const download = within(screen.getByTestId('storage-entry')).getByTestId('entry-download');
    expect(download.getAttribute('href')).toBe('/api/v1/files/content?path=backups%2Fshop.dump');
    expect(download.getAttribute('download')).toBe('shop.dump');

    fireEvent.click(within(screen.getByTestId('storage-breadcrumbs')).getByText('Storage'));
    await waitFor(() => expect(rowNames()).toEqual(['backups', 'big.dump', 'small.sql']));
  });

  it('deletes only after confirmation, a folder with its content', async () => {
    const calls = renderManager();
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    const folderRow = screen.getAllByTestId('storage-entry')[0];

    fireEvent.click(within(folderRow).getByTestId('entry-delete'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('and everything in it');
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    fireEvent.click(within(dialog).getByTestId('confirm-ok'));

    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.url)).toEqual([
      '/api/v1/files?path=backups&recursive=true',
    ]);
  });

  it('creates a folder and renames a file through their dialogs', async () => {
    const calls = renderManager();
    await waitFor(() => expect(rowNames()).toHaveLength(3));

    fireEvent.click(screen.getByTestId('storage-new-folder'));
    fireEvent.change(screen.getByTestId('name-input'), { target: { value: '2024' } });
    fireEvent.click(screen.getByTestId('name-ok'));
    await waitFor(() => expect(screen.queryByTestId('name-dialog')).toBeNull());

    const fileRow = screen.getAllByTestId('storage-entry')[1];
    fireEvent.click(within(fileRow).getByTestId('entry-rename'));
    fireEvent.change(screen.getByTestId('name-input'), { target: { value: 'a/b' } });
    fireEvent.click(screen.getByTestId('name-ok'));
    expect(screen.getByRole('alert').textContent).toContain("'/'");
    fireEvent.change(screen.getByTestId('name-input'), { target: { value: 'renamed.dump' } });
    fireEvent.click(screen.getByTestId('name-ok'));
    await waitFor(() => expect(screen.queryByTestId('name-dialog')).toBeNull());

    const writes = calls.filter((call) => call.method === 'POST');
    expect(writes.map((call) => call.url)).toEqual([
      '/api/v1/files/directories?path=2024',
      '/api/v1/files/move',
    ]);
    expect(JSON.parse(writes[1].body!)).toEqual({ from: 'big.dump', to: 'renamed.dump' });
  });

  it('uploads dropped files one request each, with progress, cancel and replace', async () => {
    renderManager();
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    document.cookie = 'XSRF-TOKEN=token-1; path=/';

    drop([new File(['hello'], 'one.txt'), new File(['world!'], 'two.txt')]);

    expect(FakeXhr.sent.map((xhr) => xhr.url)).toEqual([
      '/api/v1/files/upload?path=',
      '/api/v1/files/upload?path=',
    ]);
    const [first, second] = FakeXhr.sent;
    expect(first.headers['X-XSRF-TOKEN']).toBe('token-1');
    expect((first.body!.get('files') as File).name).toBe('one.txt');

    act(() => first.progress(2, 5));
    const items = () => screen.getAllByTestId('upload-item');
    expect(items()[0].querySelector('progress')!.getAttribute('value')).toBe('2');

    act(() => first.answer(201, { path: '', entries: [{ name: 'one.txt', type: 'file' }] }));
    fireEvent.click(within(items()[1]).getByTestId('upload-cancel'));
    expect(second.aborted).toBe(true);
    await waitFor(() => expect(items()[0].getAttribute('data-status')).toBe('done'));
    expect(items()[1].getAttribute('data-status')).toBe('cancelled');

    drop([new File(['again'], 'one.txt')]);
    act(() =>
      FakeXhr.sent[2].answer(409, { title: 'Conflict', detail: "'one.txt' already exists." }),
    );
    await waitFor(() => expect(items()[2].getAttribute('data-status')).toBe('exists'));
    fireEvent.click(within(items()[2]).getByTestId('upload-replace'));
    expect(FakeXhr.sent[3].url).toBe('/api/v1/files/upload?path=&overwrite=true');
  });

  it('says at once when a file cannot fit in what is left of the quota', async () => {
    renderManager();
    await screen.findByTestId('storage-usage');
    const huge = new File(['x'], 'huge.bin');
    Object.defineProperty(huge, 'size', { value: 9.5 * GB });

    drop([huge]);

    expect(FakeXhr.sent).toHaveLength(0);
    const item = screen.getByTestId('upload-item');
    expect(item.getAttribute('data-status')).toBe('failed');
    expect(item.textContent).toContain('Does not fit in storage: 9.0 GB free.');
  });
});
