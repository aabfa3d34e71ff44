import { useDeployment } from '../api/queries';
import { BackupDialog } from './BackupDialog';
import { RestoreDialog } from './RestoreDialog';
import { closeBackupDialogs, useOpenDialog } from './store';

/** Shows the Backup or Restore dialog that openBackupDialog / openRestoreDialog asked for; mounted once by the shell. */
export function BackupDialogs() {
  const open = useOpenDialog();
  const capabilities = useDeployment().data?.capabilities;
  if (!open || !capabilities) return null;
  if (open.kind === 'backup' && capabilities.backup) {
    return (
      <BackupDialog
        key={JSON.stringify(open.target)}
        target={open.target}
        onClose={closeBackupDialogs}
      />
    );
  }
  if (open.kind === 'restore' && capabilities.restore) {
    return (
      <RestoreDialog
        key={JSON.stringify(open.target)}
        target={open.target}
        onClose={closeBackupDialogs}
      />
    );
  }
  return null;
}
