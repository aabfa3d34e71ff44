import { apiGet } from '../api/client';
import { segment } from '../ui/paths';

export { RELATION_KINDS, ROUTINE_KINDS, SCHEMA_KINDS, type SchemaKind } from '../api/kinds';

export interface SchemaSummary {
  name: string;
  owner: string;
  comment: string | null;
  counts: Record<string, number>;
}

/** One row of a listing: every listing has a name; routines add a signature. */
export interface ObjectSummary {
  name: string;
  signature?: string;
  owner?: string;
  comment?: string | null;
  rowEstimate?: number | null;
  partitioned?: boolean;
  [field: string]: unknown;
}

export interface ColumnInfo {
  name: string;
  position: number;
  type: string;
  notNull: boolean;
  default: string | null;
  identity: 'always' | 'byDefault' | null;
  primaryKey: boolean;
  comment: string | null;
}

export interface NamedPart {
  name: string;
  definition?: string;
  [field: string]: unknown;
}

/** Properties of an object: what every kind has, plus kind-specific fields. */
export interface ObjectProperties {
  name: string;
  owner?: string;
  comment?: string | null;
  acl?: string[] | null;
  columns?: ColumnInfo[];
  constraints?: NamedPart[];
  indexes?: NamedPart[];
  triggers?: NamedPart[];
  policies?: NamedPart[];
  rules?: NamedPart[];
  partitions?: (NamedPart & { schema: string; bound: string })[];
  statistics?: Record<string, unknown> | null;
  dependencies?: Dependency[];
  dependents?: Dependency[];
  [field: string]: unknown;
}

export interface Dependency {
  type: string;
  schema: string | null;
  name: string | null;
  identity: string;
  dependencyType: string;
}

export interface SearchHit {
  kind: string;
  schema: string | null;
  name: string;
  parent: string | null;
}

const enc = segment;

export const paths = {
  database: (db: string) => `/api/v1/databases/${enc(db)}`,
  schemas: (db: string) => `${paths.database(db)}/schemas`,
  catalogs: (db: string) => `${paths.database(db)}/catalogs`,
  databaseListing: (db: string, listing: string) => `${paths.database(db)}/${listing}`,
  schema: (db: string, schema: string) => `${paths.schemas(db)}/${enc(schema)}`,
  kind: (db: string, schema: string, kind: string) => `${paths.schema(db, schema)}/${kind}`,
  object: (db: string, schema: string, kind: string, name: string) =>
    `${paths.kind(db, schema, kind)}/${enc(name)}`,
  search: (db: string, q: string, kind?: string) =>
    `${paths.database(db)}/search?q=${enc(q)}${kind ? `&kind=${enc(kind)}` : ''}`,
};

/** Every explorer read is cached under ['explorer', path], so a refresh can invalidate by path prefix. */
export const explorerKey = (path: string) => ['explorer', path] as const;

export function explorerQuery<T>(path: string) {
  return { queryKey: explorerKey(path), queryFn: () => apiGet<T>(path) };
}
