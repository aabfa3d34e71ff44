import { apiGet } from '../api/client';
import { segment } from '../ui/paths';

/** Object kinds inside a schema, as the API names them in URLs. */
export const SCHEMA_KINDS = [
  { kind: 'tables', label: 'Tables', count: 'tables' },
  { kind: 'views', label: 'Views', count: 'views' },
  { kind: 'materialized-views', label: 'Materialized Views', count: 'materializedViews' },
  { kind: 'sequences', label: 'Sequences', count: 'sequences' },
  { kind: 'functions', label: 'Functions', count: 'functions' },
  { kind: 'procedures', label: 'Procedures', count: 'procedures' },
  { kind: 'trigger-functions', label: 'Trigger Functions', count: 'triggerFunctions' },
  { kind: 'aggregates', label: 'Aggregates', count: 'aggregates' },
  { kind: 'types', label: 'Types', count: 'types' },
  { kind: 'domains', label: 'Domains', count: 'domains' },
  { kind: 'collations', label: 'Collations', count: 'collations' },
  { kind: 'foreign-tables', label: 'Foreign Tables', count: 'foreignTables' },
] as const;

export type SchemaKind = (typeof SCHEMA_KINDS)[number]['kind'];

/** Kinds whose objects are named by signature, e.g. add(integer,integer). */
export const ROUTINE_KINDS: ReadonlySet<string> = new Set([
  'functions',
  'procedures',
  'trigger-functions',
  'aggregates',
]);

/** Kinds that have columns, indexes, triggers... under them in the tree. */
export const RELATION_KINDS: ReadonlySet<string> = new Set([
  'tables',
  'views',
  'materialized-views',
  'foreign-tables',
]);

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
