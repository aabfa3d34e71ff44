import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse } from '../test/fixtures';
import type { BackupDefaults } from './api';
import { BackupDialog } from './BackupDialog';
import { RestoreDialog } from './RestoreDialog';

const defaults: BackupDefaults = {
  scope: 'schema',
  format: 'custom',
  options: {
    compression: null,
    encoding: null,
    jobs: null,
    role: null,
    sections: { preData: true, data: true, postData: true },
    typeOfObjects: { onlyData: false, onlySchema: false, blobs: true },
    doNotSave: {
      owner: true,
      privileges: true,
      tablespaces: false,
      unloggedTableData: false,
      comments: false,
      publications: false,
      subscriptions: false,
      securityLabels: false,
      toastCompression: false,
      tableAccessMethod: false,
    },
    queries: {
      inserts: false,
      columnInserts: false,
      rowsPerInsert: null,
      onConflictDoNothing: false,
      createDatabase: false,
      clean: false,
      ifExists: false,
    },
    disable: { triggers: false, dollarQuoting: false },
    miscellaneous: {
      verbose: true,
      quoteAllIdentifiers: false,
      setSessionAuthorization: false,
      loadViaPartitionRoot: false,
      serializableDeferrable: false,
      excludeTables: [],
      excludeTableData: [],
      excludeSchemas: [],
      extraFloatDigits: null,
      lockWaitTimeout: null,
    },
  },
};

function serve(routes: Record<string, (init?: RequestInit) => Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path =
      String(input).split('?')[0] + (String(input).includes('preview=true') ? '?preview' : '');
    const route = routes[path];
    return route ? route(init) : new Response('', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderWith(node: React.ReactNode) {
  return render(<QueryClientProvider client={createQueryClient()}>{node}</QueryClientProvider>);
}

describe('Backup dialog', () => {
  it("starts from the deployment's defaults, shows the warning before it runs, and sends every option", async () => {
    const fetchMock = serve({
      '/api/v1/databases/orders/backups/defaults': () => jsonResponse(defaults),
      '/api/v1/databases/orders/backups?preview': () =>
        jsonResponse({
          object: 'orders',
          command: 'pg_dump --dbname=orders --no-owner',
          warnings: ['A database-level backup will not restore here.'],
        }),
      '/api/v1/databases/orders/backups': () =>
        jsonResponse({ jobId: 9, job: {}, command: '' }, 202),
    });
    const onClose = vi.fn();
    renderWith(
      <BackupDialog target={{ database: 'orders', scope: 'database' }} onClose={onClose} />,
    );

    expect((await screen.findByTestId('backup-warning')).textContent).toContain(
      'will not restore here',
    );
    expect(screen.getByTestId('backup-command').textContent).toContain('--no-owner');
    fireEvent.change(screen.getByTestId('backup-format'), { target: { value: 'plain' } });
    expect((screen.getByTestId('backup-file') as HTMLInputElement).value).toMatch(
      /^backups\/orders-.*\.sql$/,
    );
    fireEvent.click(screen.getByTestId('dialog-tab-data'));
    expect((screen.getByTestId('backup-no-privileges') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('backup-blobs'));

    await waitFor(() =>
      expect((screen.getByTestId('backup-start') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByTestId('backup-start'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const sent = fetchMock.mock.calls.find(
      ([url, init]) =>
        String(url) === '/api/v1/databases/orders/backups' && init?.method === 'POST',
    );
    const body = JSON.parse(String(sent?.[1]?.body));
    expect(body).toMatchObject({ scope: 'database', format: 'plain' });
    expect(body.options.typeOfObjects.blobs).toBe(false);
    expect(body.options.doNotSave.owner).toBe(true);
  });
});

describe('Restore dialog', () => {
  it('shows what will be left out before it runs, and refuses a file that is not a dump', async () => {
    let analysis: Response = jsonResponse({
      file: 'backups/x.dump',
      format: 'custom',
      compressed: false,
      size: 10,
      origin: { database: 'elsewhere', dumpedFrom: '15.14', dumpedBy: '15.18', createdAt: '' },
      schema: null,
      entryCount: 5,
      leftOutCount: 1,
      entries: [],
      leftOut: [
        {
          id: 1,
          type: 'DATABASE',
          schema: null,
          name: 'elsewhere',
          owner: 'x',
          restore: false,
          reason: 'Above the schema.',
        },
      ],
      notes: [],
      options: {},
    });
    serve({
      '/api/v1/databases/orders/restores/defaults': () =>
        jsonResponse({
          jobs: null,
          typeOfObjects: { onlyData: false, onlySchema: false },
          doNotSave: { owner: true, privileges: true, tablespaces: true, comments: false },
          queries: { clean: false, ifExists: false, singleTransaction: false },
          disable: { triggers: false },
          miscellaneous: { exitOnError: true, verbose: true },
        }),
      '/api/v1/databases/orders/restores/analysis': () => analysis,
    });
    renderWith(<RestoreDialog target={{ database: 'orders' }} onClose={() => {}} />);

    fireEvent.change(await screen.findByTestId('restore-file'), {
      target: { value: 'backups/x.dump' },
    });
    const leftOut = await screen.findByTestId('restore-left-out');
    expect(leftOut.textContent).toContain('Above the schema.');
    expect(screen.getByTestId('restore-analysis').textContent).toContain('4 of 5 entries');
    expect((screen.getByTestId('restore-start') as HTMLButtonElement).disabled).toBe(false);

    analysis = jsonResponse(
      {
        title: 'Not a restorable dump',
        status: 422,
        detail: "'notes.txt' cannot be restored: not SQL.",
      },
      422,
      'application/problem+json',
    );
    fireEvent.change(screen.getByTestId('restore-file'), { target: { value: 'notes.txt' } });
    expect((await screen.findByTestId('restore-error')).textContent).toContain(
      'cannot be restored',
    );
    expect((screen.getByTestId('restore-start') as HTMLButtonElement).disabled).toBe(true);
  });
});
