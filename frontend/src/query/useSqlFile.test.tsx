import { act, renderHook } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import type { SqlEditorHandle } from './SqlEditor';
import { useSqlFile, type SqlFileOptions } from './useSqlFile';

/** An editor that holds its text and reports changes as CodeMirror does. */
function fakeEditor(initial: string, onChange: () => void) {
  let text = initial;
  const handle = {
    text: () => text,
    setText: (next: string) => {
      text = next;
      onChange();
    },
    type: (more: string) => {
      text += more;
      onChange();
    },
  };
  return handle;
}

function setUp(options: Partial<SqlFileOptions> = {}, initial = options.initialSql ?? '') {
  const onTitle = vi.fn();
  const onError = vi.fn();
  const editor = { current: null as (SqlEditorHandle & { type(more: string): void }) | null };
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const hook = renderHook(
    () =>
      useSqlFile({
        editor,
        database: 'shop',
        initialSql: initial,
        initialTitle: 'Query 4 · shop',
        onTitle,
        onError,
        ...options,
      }),
    { wrapper },
  );
  editor.current = fakeEditor(initial, () => hook.result.current.markChanged()) as never;
  return { hook, editor, onTitle, onError };
}

/** The storage API answering PUTs with {@code status}; each request's URL and body are kept. */
function storageAnswers(status: number, body: object = { name: 'a.sql' }) {
  const sent: { url: string; body: string }[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'PUT') {
        sent.push({ url, body: await (init.body as Blob).text() });
        await gate;
      }
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return { sent, release };
}

describe('useSqlFile', () => {
  it('marks the tab modified when its text changes and clean once saved to its file', async () => {
    const { hook, editor, onTitle } = setUp({
      initialFile: 'r/a.sql',
      initialSql: 'SELECT 1;\r\n',
    });
    expect(hook.result.current.modified).toBe(false);
    expect(onTitle).toHaveBeenLastCalledWith('a.sql · shop');

    act(() => editor.current!.setText('SELECT 2;\n'));
    expect(hook.result.current.modified).toBe(true);
    expect(hook.result.current.unsaved()).toBe(true);
    expect(onTitle).toHaveBeenLastCalledWith('a.sql · shop •');

    const server = storageAnswers(200);
    server.release();
    await act(() => hook.result.current.write('r/a.sql', true));

    // The file had Windows line endings: it keeps them.
    expect(server.sent).toEqual([
      { url: '/api/v1/files/content?path=r%2Fa.sql&overwrite=true', body: 'SELECT 2;\r\n' },
    ]);
    expect(hook.result.current.modified).toBe(false);
    expect(hook.result.current.unsaved()).toBe(false);
    expect(onTitle).toHaveBeenLastCalledWith('a.sql · shop');
  });

  it('opens a saved query of the library not modified, and is clean again once a library save landed', () => {
    const { hook, editor, onTitle } = setUp({
      initialSql: 'SELECT 1;',
      initialStored: true,
      initialTitle: 'Weekly · shop',
    });
    expect(hook.result.current.modified).toBe(false);
    expect(onTitle).toHaveBeenLastCalledWith('Weekly · shop');

    act(() => editor.current!.type(' -- first'));
    const landed = hook.result.current.storing();
    act(() => landed());
    expect(hook.result.current.unsaved()).toBe(false);
    expect(onTitle).toHaveBeenLastCalledWith('Weekly · shop');

    act(() => editor.current!.type(' -- second'));
    const late = hook.result.current.storing();
    act(() => editor.current!.type(' -- typed while saving'));
    act(() => late());
    expect(hook.result.current.unsaved()).toBe(true);
  });

  it('stays modified when the text changes while a save runs', async () => {
    const { hook, editor } = setUp({}, 'SELECT 1;');
    act(() => editor.current!.type(' -- one'));
    const server = storageAnswers(201);

    let saving: Promise<boolean> = Promise.resolve(false);
    act(() => {
      saving = hook.result.current.write('query.sql', false);
    });
    act(() => editor.current!.type(' -- two'));
    server.release();
    await act(() => saving);

    expect(server.sent[0].body).toBe('SELECT 1; -- one');
    expect(hook.result.current.path).toBe('query.sql');
    expect(hook.result.current.modified).toBe(true);
  });

  it('keeps the text and the modified mark when a save is refused, and says why', async () => {
    const { hook, editor, onError } = setUp({}, '');
    act(() => editor.current!.type('SELECT 42;'));
    const server = storageAnswers(413, { title: 'Payload Too Large', detail: 'Storage is full' });
    server.release();

    expect(await act(() => hook.result.current.write('big/q.sql', false))).toBe(false);

    expect(onError).toHaveBeenLastCalledWith(
      'Could not save q.sql: Storage is full. Your SQL is still in the editor.',
    );
    expect(editor.current!.text()).toBe('SELECT 42;');
    expect(hook.result.current.modified).toBe(true);
    expect(hook.result.current.path).toBeUndefined();
  });

  it('opens a file into the editor: linked to it and not modified', () => {
    const { hook, editor, onTitle } = setUp({}, 'SELECT 1;');
    expect(hook.result.current.modified).toBe(true);
    expect(onTitle).toHaveBeenLastCalledWith('Query 4 · shop •');

    act(() => hook.result.current.load('lib/b.sql', 'SELECT 2;'));

    expect(editor.current!.text()).toBe('SELECT 2;');
    expect(hook.result.current.path).toBe('lib/b.sql');
    expect(hook.result.current.modified).toBe(false);
    expect(onTitle).toHaveBeenLastCalledWith('b.sql · shop');
  });
});
