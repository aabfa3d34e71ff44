import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse } from '../test/fixtures';
import { BackupTargetPrompt } from './BackupTargetPrompt';

describe('Backup target', () => {
  it("offers the first database's schemas from the Object Explorer as the schema is typed", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const answers: Record<string, unknown> = {
          '/api/v1/databases': [{ name: 'shop' }, { name: 'other' }],
          '/api/v1/databases/shop/schemas': [
            { name: 'public', owner: 'team', comment: null, counts: {} },
            { name: 'sales', owner: 'team', comment: null, counts: { tables: 2 } },
          ],
        };
        const answer = answers[String(input)];
        return answer ? jsonResponse(answer) : new Response('', { status: 404 });
      }),
    );
    render(
      <QueryClientProvider client={createQueryClient()}>
        <BackupTargetPrompt kind="backup" onClose={() => undefined} />
      </QueryClientProvider>,
    );

    const schema = screen.getByTestId('backup-target-schema');
    const offered = () =>
      [
        ...(document.getElementById(schema.getAttribute('list')!)?.querySelectorAll('option') ??
          []),
      ].map((option) => option.getAttribute('value'));
    await waitFor(() => expect(offered()).toEqual(['public', 'sales']));
    expect((screen.getByTestId('backup-target-database') as HTMLSelectElement).value).toBe('shop');
  });
});
