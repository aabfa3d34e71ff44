import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Eye, Table, X } from 'lucide-react';
import { apiSend } from '../api/client';
import { useDatabases } from '../api/queries';
import { openDataTab } from './openDataTab';
import type { RelationKind } from './types';
import './data.css';

interface ScriptAnswer {
  results: { rows: string[][] }[];
  error?: { message: string };
}

interface Relation {
  schema: string;
  name: string;
  kind: RelationKind;
}

const KINDS: Record<string, RelationKind> = {
  r: 'tables',
  p: 'tables',
  v: 'views',
  m: 'materialized-views',
  f: 'foreign-tables',
};

// Until the Object Explorer's API lands, the relations come from the catalog through the one-shot query API.
const RELATIONS_SQL = `SELECT n.nspname, c.relname, c.relkind::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
   AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
 ORDER BY 1, 2`;

async function relations(database: string): Promise<Relation[]> {
  const answer = await apiSend<ScriptAnswer>(
    'POST',
    `/api/v1/databases/${encodeURIComponent(database)}/query`,
    { sql: RELATIONS_SQL, maxRows: 100000 },
  );
  if (answer.error) throw new Error(answer.error.message);
  return (answer.results[0]?.rows ?? []).map(([schema, name, kind]) => ({
    schema,
    name,
    kind: KINDS[kind],
  }));
}

/** Picks a database, a schema and a relation, and opens it in a Data tab. */
export function OpenTablePicker({ onClose }: { onClose: () => void }) {
  const databases = useDatabases();
  const [database, setDatabase] = useState('');
  const [schema, setSchema] = useState('');
  const [search, setSearch] = useState('');
  const chosenDatabase = database || databases.data?.[0]?.name || '';
  const list = useQuery({
    queryKey: ['data', 'relations', chosenDatabase],
    queryFn: () => relations(chosenDatabase),
    enabled: chosenDatabase !== '',
  });
  const schemas = useMemo(
    () => [...new Set((list.data ?? []).map((relation) => relation.schema))],
    [list.data],
  );
  const chosenSchema = schemas.includes(schema)
    ? schema
    : (schemas.find((s) => s === 'public') ?? schemas[0] ?? '');
  const shown = (list.data ?? []).filter(
    (relation) =>
      relation.schema === chosenSchema &&
      relation.name.toLowerCase().includes(search.toLowerCase()),
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="data-dialog-backdrop" onClick={onClose}>
      <div
        className="data-dialog picker"
        role="dialog"
        aria-modal="true"
        aria-labelledby="open-table-title"
        onClick={(event) => event.stopPropagation()}
      >
        <div className="data-dialog__header">
          <h2 id="open-table-title">Open table</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <X size={14} aria-hidden="true" />
          </button>
        </div>
        <div className="picker__fields">
          <label>
            Database
            <select
              data-testid="open-table-database"
              value={chosenDatabase}
              onChange={(event) => setDatabase(event.target.value)}
            >
              {databases.data?.map((db) => (
                <option key={db.name}>{db.name}</option>
              ))}
            </select>
          </label>
          <label>
            Schema
            <select
              data-testid="open-table-schema"
              value={chosenSchema}
              onChange={(event) => setSchema(event.target.value)}
            >
              {schemas.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label>
            Find
            <input
              data-testid="open-table-search"
              value={search}
              autoFocus
              onChange={(event) => setSearch(event.target.value)}
            />
          </label>
        </div>
        <ul className="picker__list" aria-label="Relations">
          {list.isPending && chosenDatabase && <li className="muted">Loading…</li>}
          {list.isError && <li className="data-error">{String(list.error)}</li>}
          {shown.map((relation) => (
            <li key={`${relation.kind}:${relation.name}`}>
              <button
                type="button"
                className="picker__item"
                data-testid="open-table-item"
                onClick={() => {
                  openDataTab({
                    database: chosenDatabase,
                    schema: relation.schema,
                    relation: relation.name,
                    kind: relation.kind,
                  });
                  onClose();
                }}
              >
                {relation.kind === 'tables' ? (
                  <Table size={13} aria-hidden="true" />
                ) : (
                  <Eye size={13} aria-hidden="true" />
                )}
                {relation.name}
                <span className="muted small">
                  {relation.kind.replace(/s$/, '').replace('-', ' ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
