import { apiGetWith, apiSend, isApiError } from '../api/client';
import { contentUrl, type StorageEntry } from './api';
import { errorText } from './Dialog';
import { baseName } from './paths';

/** Larger scripts make the editor sluggish and are better run as a restore or with psql. */
export const MAX_EDITABLE_BYTES = 5 * 1024 * 1024;

const SCRIPT_EXTENSIONS = ['.sql', '.psql', '.txt'];

/** Whether a file is a script the Query Tool opens (by its name's ending). */
export function isScriptName(name: string): boolean {
  const lower = name.toLowerCase();
  return SCRIPT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

export const isScriptEntry = (entry: StorageEntry) =>
  entry.type === 'file' && isScriptName(entry.name);

/** A file the editor will not take; its message says why, for a person. */
export class TextFileRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TextFileRefusal';
  }
}

const MB = 1024 * 1024;

/** Rounded up, so that a file just over the limit does not read as the limit. */
const megabytes = (bytes: number) => `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;

/** Refuses a file of {@code size} bytes that is too big to edit. */
export function checkEditableSize(name: string, size: number): void {
  if (size > MAX_EDITABLE_BYTES) {
    throw new TextFileRefusal(
      `${name} is ${megabytes(size)}: the editor opens files up to ${MAX_EDITABLE_BYTES / MB} MB. ` +
        'Download it, or run it with a restore or psql.',
    );
  }
}

/** The text of a UTF-8 file; refuses one that is too big, not UTF-8, or binary (it holds NUL bytes). */
export function decodeText(name: string, bytes: ArrayBuffer): string {
  checkEditableSize(name, bytes.byteLength);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileRefusal(
      `${name} is not UTF-8 text: opening it would garble it. Convert it to UTF-8 first.`,
    );
  }
  if (text.includes('\u0000')) {
    throw new TextFileRefusal(`${name} is a binary file, not SQL text.`);
  }
  return text;
}

/** Reads a text file from storage; a file too big to edit is refused before its body is read. */
export function readTextFile(path: string): Promise<string> {
  const name = baseName(path);
  return apiGetWith(contentUrl(path), async (response) => {
    const length = Number(response.headers.get('Content-Length') ?? '0');
    if (length > MAX_EDITABLE_BYTES) {
      void response.body?.cancel();
      checkEditableSize(name, length);
    }
    return decodeText(name, await response.arrayBuffer());
  });
}

/** Writes {@code text} as UTF-8 to {@code path}; an existing file is replaced only with {@code overwrite}. */
export function writeTextFile(
  path: string,
  text: string,
  overwrite: boolean,
): Promise<StorageEntry> {
  const body = new Blob([text], { type: 'application/octet-stream' });
  return apiSend<StorageEntry>(
    'PUT',
    `${contentUrl(path)}${overwrite ? '&overwrite=true' : ''}`,
    body,
  );
}

/** The line ending a text uses (CodeMirror edits with '\n'; a file keeps the one it had). */
export function lineEnding(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function withLineEnding(text: string, ending: '\n' | '\r\n'): string {
  return ending === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}

/**
 * Why a file could not be opened, saved, or created (saved where nothing was), for a person; the SQL in the editor is
 * never lost.
 */
export function fileFailure(
  action: 'open' | 'save' | 'create',
  path: string,
  error: unknown,
): string {
  const name = baseName(path);
  if (error instanceof TextFileRefusal) return error.message;
  if (action === 'open') return `Could not open ${name}: ${reason(error)}`;
  const why =
    action === 'create' && isApiError(error) && error.status === 409
      ? 'a file of that name appeared meanwhile; use Save as… to replace it.'
      : reason(error);
  return `Could not save ${name}: ${why} Your SQL is still in the editor.`;
}

function reason(error: unknown): string {
  if (isApiError(error) && error.status === 0) {
    return 'pgdeck did not answer (is the server running, the network up?).';
  }
  const text = errorText(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
