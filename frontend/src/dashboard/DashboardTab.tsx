import type { Deployment } from '../api/types';
import { useDatabases } from '../api/queries';
import { Dashboard } from './Dashboard';

/** The Dashboard tab: the server's (or, multi-tenant, the team's) live picture, for the databases the page may see. */
export function DashboardTab({
  deployment,
  database,
}: {
  deployment: Deployment;
  database?: string;
}) {
  const databases = useDatabases();
  if (!databases.data) return <div className="empty-state">Loading…</div>;
  return (
    <Dashboard
      deployment={deployment}
      databases={databases.data.map((d) => d.name)}
      initialDatabase={database}
    />
  );
}
