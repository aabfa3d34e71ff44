import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';

/** One object a DROP ... CASCADE would remove, as GET .../cascade answers it. */
export interface CascadeEntry {
  type: string;
  schema: string | null;
  identity: string;
  otherSchema: boolean;
  rows: number | null;
}

/** What the drop takes with it, fetched before anything runs; objects of other schemas first and marked. */
export function CascadeList({ path }: { path: string }) {
  const impact = useQuery({
    queryKey: ['cascade', path],
    queryFn: () => apiGet<CascadeEntry[]>(`${path}/cascade`),
  });
  if (impact.isPending) return <p>Finding what depends on it…</p>;
  if (impact.isError)
    return <p role="alert">Could not list its dependents: {impact.error.message}</p>;
  if (impact.data.length === 0)
    return <p data-testid="cascade-none">Nothing else depends on it.</p>;
  return (
    <div data-testid="cascade-list">
      <p>Cascade would also drop {impact.data.length} object(s):</p>
      <ul>
        {impact.data.map((entry) => (
          <li key={`${entry.type} ${entry.identity}`} data-other-schema={entry.otherSchema}>
            {entry.type} <strong>{entry.identity}</strong>
            {entry.rows !== null && ` (${entry.rows} rows)`}
            {entry.otherSchema && ' — in another schema'}
          </li>
        ))}
      </ul>
    </div>
  );
}
