import { baseName, parentPath } from '../storage/paths';

export const DEFAULT_FILE_NAME = 'query.sql';

/** Shown after a title whose text changed since it was opened or saved. */
export const MODIFIED_MARK = ' •';

/**
 * A Query Tool tab's title: the file's name and the database once it has a file, else the name it opened with
 * (e.g. "Query 3 · shop"); marked while its text is not saved.
 */
export function tabTitle(
  file: string | undefined,
  database: string,
  untitled: string,
  modified: boolean,
): string {
  const name = file ? `${baseName(file)} · ${database}` : untitled;
  return modified ? name + MODIFIED_MARK : name;
}

/** What a tab's downloads are named after: its file (without .sql) or its title, never its unsaved mark. */
export function downloadName(file: string | undefined, untitled: string): string {
  return file ? baseName(file).replace(/\.sql$/i, '') : untitled;
}

/** Where "Save as…" starts: beside the tab's file under its name, or at the top as query.sql. */
export function saveAsStart(file: string | undefined): { folder: string; name: string } {
  return file
    ? { folder: parentPath(file), name: baseName(file) }
    : { folder: '', name: DEFAULT_FILE_NAME };
}
