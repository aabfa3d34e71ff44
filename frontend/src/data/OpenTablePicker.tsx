import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Eye, Table } from 'lucide-react';
import { apiGet } from '../api/client';
import { DatabaseSelect, useDatabaseChoice } from '../app/DatabaseSelect';
import { SCHEMA_KINDS, paths, type ObjectSummary, type SchemaSummary } from '../explorer/api';
import { Dialog } from '../ui/Dialog';
import { openDataTab } from './openDataTab';
import type { RelationKind } from './types';
import './data.css';

interface Relation {
  name: string;
  kind: RelationKind;
}

/** The kinds a Data tab opens, with the name of their count in a schema's summary. */
const LISTINGS = SCHEMA_KINDS.filter(
  (listing): listing is Extract<(typeof SCHEMA_KINDS)[number], { kind: RelationKind }> =>
    ['tables', 'views', 'materialized-views', 'foreign-tables'].includes(listing.kind),
);

function relationCount(schema: SchemaSummary): number {
  return LISTINGS.reduce((total, listing) => total + (schema.counts[listing.count] ?? 0), 0);
}

/** public when it holds relations, else the first schema that does, else the first. */
export function defaultSchema(schemas: SchemaSummary[]): string {
  const holding = schemas.filter((schema) => relationCount(schema) > 0);
  return (
    holding.find((schema) => schema.name === 'public')?.name ??
    holding[0]?.name ??
    schemas[0]?.name ??
    ''
  );
}

/** The schema's relations through the Object Explorer's listings, the kinds it has none of not asked for. */
async function relations(database: string, schema: SchemaSummary): Promise<Relation[]> {
  const lists = await Promise.all(
    LISTINGS.filter((listing) => (schema.counts[listing.count] ?? 0) > 0).map(async (listing) =>
      (await apiGet<ObjectSummary[]>(paths.kind(database, schema.name, listing.kind))).map(
        (object) => ({ name: object.name, kind: listing.kind }),
      ),
    ),
  );
  return lists.flat().sort((a, b) => a.name.localeCompare(b.name));
}

/** Picks a database, a schema and a relation, and opens it in a Data tab. */
export function OpenTablePicker({ onClose }: { onClose: () => void }) {
  const [chosenDatabase, chooseDatabase] = useDatabaseChoice();
  const [schema, setSchema] = useState('');
  const [search, setSearch] = useState('');
  const schemaList = useQuery({
    queryKey: ['data', 'schemas', chosenDatabase],
    queryFn: () => apiGet<SchemaSummary[]>(paths.schemas(chosenDatabase)),
    enabled: chosenDatabase !== '',
  });
  const schemas = schemaList.data ?? [];
  const chosen =
    schemas.find((s) => s.name === schema) ??
    schemas.find((s) => s.name === defaultSchema(schemas));
  const list = useQuery({
    queryKey: ['data', 'relations', chosenDatabase, chosen?.name],
    queryFn: () => relations(chosenDatabase, chosen!),
    enabled: chosen !== undefined,
  });
  const chosenSchema = chosen?.name ?? '';
  const shown = (list.data ?? []).filter((relation) =>
    relation.name.toLowerCase().includes(search.toLowerCase()),
  );

  return (
    <Dialog title="Open table" onClose={onClose} testId="open-table-dialog" size="wide">
      <div className="picker__fields">
        <label>
          Database
          <DatabaseSelect
            value={chosenDatabase}
            onChange={chooseDatabase}
            testId="open-table-database"
          />
        </label>
        <label>
          Schema
          <select
            data-testid="open-table-schema"
            value={chosenSchema}
            onChange={(event) => setSchema(event.target.value)}
          >
            {schemas.map(({ name }) => (
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
        {(schemaList.isPending || (list.isPending && chosen)) && chosenDatabase && (
          <li className="muted">Loading…</li>
        )}
        {schemaList.isError && <li className="data-error">{String(schemaList.error)}</li>}
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
                  schema: chosenSchema,
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
    </Dialog>
  );
}
