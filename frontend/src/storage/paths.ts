/** Paths inside the storage area: relative, separated by '/', '' for the top. */

export function joinPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export interface Crumb {
  name: string;
  path: string;
}

/** The folders from the top down to `path`, each with the path that opens it. */
export function breadcrumbs(path: string): Crumb[] {
  const crumbs: Crumb[] = [{ name: 'Storage', path: '' }];
  if (path === '') return crumbs;
  let current = '';
  for (const name of path.split('/')) {
    current = joinPath(current, name);
    crumbs.push({ name, path: current });
  }
  return crumbs;
}

/** What a name typed by a person must not be; undefined when it is fine. The server checks again. */
export function nameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a name.';
  if (name === '.' || name === '..') return "'.' and '..' are not names.";
  if (/[/\\]/.test(name)) return "A name cannot contain '/' or '\\'.";
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'A name cannot contain control characters.';
  if (new TextEncoder().encode(name).length > 255) return 'A name is at most 255 bytes long.';
  return undefined;
}
