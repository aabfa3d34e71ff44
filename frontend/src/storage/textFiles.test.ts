import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import {
  MAX_EDITABLE_BYTES,
  TextFileRefusal,
  decodeText,
  fileFailure,
  isScriptName,
  lineEnding,
  readTextFile,
  withLineEnding,
  writeTextFile,
} from './textFiles';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;
const utf8 = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('text files in storage', () => {
  it('knows scripts by their ending, whatever the case', () => {
    expect(['a.sql', 'B.SQL', 'c.psql', 'notes.txt'].every(isScriptName)).toBe(true);
    expect(['shop.dump', 'sql', 'a.sql.gz', 'data.csv'].some(isScriptName)).toBe(false);
  });

  it('decodes UTF-8 text and drops a byte-order mark', () => {
    expect(decodeText('a.sql', utf8("SELECT 'résumé ✓';\n"))).toBe("SELECT 'résumé ✓';\n");
    expect(decodeText('a.sql', bytes(0xef, 0xbb, 0xbf, 0x31))).toBe('1');
  });

  it('refuses text that is not UTF-8, binary content, and files too big to edit', () => {
    expect(() => decodeText('latin1.sql', bytes(0x63, 0x61, 0x66, 0xe9))).toThrow(
      'latin1.sql is not UTF-8 text: opening it would garble it. Convert it to UTF-8 first.',
    );
    expect(() => decodeText('shop.sql', bytes(0x50, 0x47, 0x00, 0x01))).toThrow(
      'shop.sql is a binary file, not SQL text.',
    );
    expect(() => decodeText('big.sql', new ArrayBuffer(MAX_EDITABLE_BYTES + 1))).toThrow(
      'big.sql is 5.1 MB: the editor opens files up to 5 MB. Download it, or run it with a restore or psql.',
    );
    expect(decodeText('edge.sql', utf8('x'.repeat(MAX_EDITABLE_BYTES)))).toHaveLength(
      MAX_EDITABLE_BYTES,
    );
  });

  it('keeps a file’s Windows line endings when saving what the editor holds', () => {
    expect(lineEnding('a;\r\nb;\r\n')).toBe('\r\n');
    expect(lineEnding('a;\nb;')).toBe('\n');
    expect(withLineEnding('a;\nb;\n', '\r\n')).toBe('a;\r\nb;\r\n');
    expect(withLineEnding('a;\nb;\n', '\n')).toBe('a;\nb;\n');
  });

  it('says why a file could not be opened or saved, and that the SQL is kept', () => {
    const refusal = new TextFileRefusal('big.sql is 9.0 MB: too big.');
    expect(fileFailure('open', 'q/big.sql', refusal)).toBe('big.sql is 9.0 MB: too big.');
    expect(fileFailure('save', 'q/a.sql', new ApiError(0, { title: 'Network error' }))).toBe(
      'Could not save a.sql: pgdeck did not answer (is the server running, the network up?). ' +
        'Your SQL is still in the editor.',
    );
    const quota = new ApiError(413, { title: 'Payload Too Large', detail: 'The quota is full' });
    expect(fileFailure('save', 'a.sql', quota)).toBe(
      'Could not save a.sql: The quota is full. Your SQL is still in the editor.',
    );
    const exists = new ApiError(409, { title: 'Conflict', detail: 'a.sql already exists.' });
    expect(fileFailure('create', 'a.sql', exists)).toContain(
      'a file of that name appeared meanwhile; use Save as… to replace it.',
    );
    const folder = new ApiError(409, { title: 'Conflict', detail: 'a.sql is a folder.' });
    expect(fileFailure('save', 'a.sql', folder)).toContain('a.sql is a folder.');
    const refused = new ApiError(400, { title: 'Bad Request', detail: 'The path leaves storage.' });
    expect(fileFailure('open', '../x.sql', refused)).toBe(
      'Could not open x.sql: The path leaves storage.',
    );
  });

  it('refuses a file that is too big before reading its body', async () => {
    const cancel = vi.fn(async () => undefined);
    const response = new Response('SELECT 1;', {
      headers: { 'Content-Length': String(MAX_EDITABLE_BYTES + 1) },
    });
    vi.spyOn(response.body!, 'cancel').mockImplementation(cancel);
    const arrayBuffer = vi.spyOn(response, 'arrayBuffer');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => response),
    );

    await expect(readTextFile('dir/big.sql')).rejects.toThrow('big.sql is 5.1 MB');
    expect(cancel).toHaveBeenCalled();
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('writes UTF-8 bytes with PUT, replacing only when asked, with the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetch = vi.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) =>
        new Response('{"name":"a.sql"}', {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);

    await writeTextFile('my dir/a.sql', 'SELECT ✓;', false);
    await writeTextFile('my dir/a.sql', 'SELECT ✓;', true);

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/files/content?path=my%20dir%2Fa.sql');
    expect(fetch.mock.calls[1][0]).toBe(
      '/api/v1/files/content?path=my%20dir%2Fa.sql&overwrite=true',
    );
    expect(init?.method).toBe('PUT');
    expect((init?.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('token-1');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe(
      'application/octet-stream',
    );
    const sent = new Uint8Array(await (init?.body as Blob).arrayBuffer());
    expect(Array.from(sent)).toEqual(Array.from(new TextEncoder().encode('SELECT ✓;')));
  });
});
