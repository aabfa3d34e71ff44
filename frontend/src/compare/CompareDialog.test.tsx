import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse } from '../test/fixtures';
import { CompareDialog } from './CompareDialog';

const answer = {
  differences: [
    {
      kind: 'TABLE',
      name: 'parcels',
      status: 'different',
      liveDdl: 'CREATE TABLE app.parcels (\n    id bigint,\n    sent_on date\n);\n',
      snapshotDdl: 'CREATE TABLE app.parcels (\n    id bigint\n);\n',
    },
    {
      kind: 'VIEW',
      name: 'heavy',
      status: 'onlyLive',
      liveDdl: 'CREATE VIEW app.heavy AS SELECT 1;\n',
      snapshotDdl: null,
    },
  ],
  notes: [
    'Table parcels: the column order differs (id, sent_on instead of sent_on, id) and is not migrated.',
  ],
  script: 'ALTER TABLE app.parcels DROP COLUMN sent_on;\n',
};

describe('CompareDialog', () => {
  it('sends the snapshot and options, lists the differences and hands the script to the Query Tool', async () => {
    const fetch = vi.fn(async () => jsonResponse(answer));
    vi.stubGlobal('fetch', fetch);
    const onOpenScript = vi.fn();
    render(
      <QueryClientProvider client={createQueryClient()}>
        <CompareDialog
          database="shop"
          schema="app"
          snapshot="snapshots/app.json"
          onOpenScript={onOpenScript}
          onClose={() => undefined}
        />
      </QueryClientProvider>,
    );

    fireEvent.click(screen.getByTestId('compare-ignoreOwner'));
    fireEvent.click(screen.getByTestId('compare-run'));

    await waitFor(() => expect(screen.getAllByTestId('compare-difference')).toHaveLength(2));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/databases/shop/schemas/app/compare');
    expect(JSON.parse(String(init.body))).toEqual({
      snapshot: 'snapshots/app.json',
      options: {
        ignoreOwner: true,
        ignorePrivileges: false,
        ignoreWhitespace: false,
        ignoreTablespace: false,
      },
      target: 'live',
    });
    expect(screen.getAllByTestId('compare-difference')[1].textContent).toContain('Only live');
    expect(screen.getByTestId('compare-notes').textContent).toContain(
      'Table parcels: the column order differs',
    );
    expect(screen.queryByTestId('compare-merge')).not.toBeNull();

    fireEvent.click(screen.getByTestId('compare-open-script'));
    expect(onOpenScript).toHaveBeenCalledWith(answer.script);
  });
});
