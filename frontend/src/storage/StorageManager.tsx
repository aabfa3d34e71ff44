import { FolderOpen } from 'lucide-react';

/** Files kept for this user in Storage (backups to download, dumps to restore). Placeholder. */
export function StorageManager() {
  return (
    <div className="feature-panel" data-testid="storage-manager">
      <h1 className="panel-title">
        <FolderOpen size={16} aria-hidden="true" />
        Storage
      </h1>
      <table className="grid-table file-list">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Size</th>
            <th scope="col">Modified</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td colSpan={3} className="empty-state">
              No files in Storage.
            </td>
          </tr>
        </tbody>
      </table>
      <p className="muted small">
        Files in Storage are not kept permanently: download backups you want to keep.
      </p>
    </div>
  );
}
