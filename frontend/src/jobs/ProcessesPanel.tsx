import { Activity } from 'lucide-react';

/** Long-running server-side processes (backups, restores, …). Placeholder until jobs land. */
export function ProcessesPanel() {
  return (
    <div className="feature-panel" data-testid="processes-panel">
      <h1 className="panel-title">
        <Activity size={16} aria-hidden="true" />
        Processes
      </h1>
      <p className="empty-state">No processes yet.</p>
    </div>
  );
}
