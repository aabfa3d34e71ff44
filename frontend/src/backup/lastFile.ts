/** The file last restored into a database, offered again when its Restore dialog opens (kept in this browser). */
const key = (database: string) => `pgdeck.restore.lastFile.${database}`;

export function lastRestoreFile(database: string): string {
  try {
    return window.localStorage.getItem(key(database)) ?? '';
  } catch {
    return ''; // storage switched off: the dialog starts empty, as before
  }
}

export function rememberRestoreFile(database: string, file: string): void {
  try {
    window.localStorage.setItem(key(database), file);
  } catch {
    // storage switched off or full: nothing to remember, nothing lost
  }
}
