import { useSyncExternalStore } from 'react';
import type { BackupScope } from './api';

export interface BackupTarget {
  database: string;
  schema?: string;
  table?: string;
  scope: BackupScope;
}

export interface RestoreTarget {
  database: string;
  schema?: string;
}

export type OpenDialog =
  { kind: 'backup'; target: BackupTarget } | { kind: 'restore'; target: RestoreTarget } | undefined;

let open: OpenDialog;
const listeners = new Set<() => void>();

function set(dialog: OpenDialog) {
  open = dialog;
  listeners.forEach((listener) => listener());
}

/** Opens the Backup dialog for a database, schema or table (e.g. from the Object Explorer's context menu). */
export function openBackupDialog(target: BackupTarget): void {
  set({ kind: 'backup', target });
}

/** Opens the Restore dialog into a database, or into one schema of it. */
export function openRestoreDialog(target: RestoreTarget): void {
  set({ kind: 'restore', target });
}

export function closeBackupDialogs(): void {
  set(undefined);
}

export function useOpenDialog(): OpenDialog {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
