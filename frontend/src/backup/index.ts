export { openBackupDialog, openRestoreDialog } from './store';
export type { BackupTarget, RestoreTarget } from './store';
export { BackupDialogs } from './BackupDialogs';
