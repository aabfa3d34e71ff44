/**
 * The kinds of object a schema holds: the one list the whole page uses. `kind` is how the API names it in URLs,
 * `type` the Object Explorer's node type of one such object, `family` what the kinds of a family share (relations have
 * columns and rows, routines are named by signature).
 */
export const SCHEMA_KINDS = [
  { kind: 'tables', type: 'table', label: 'Tables', count: 'tables', family: 'relation' },
  { kind: 'views', type: 'view', label: 'Views', count: 'views', family: 'relation' },
  {
    kind: 'materialized-views',
    type: 'materialized-view',
    label: 'Materialized Views',
    count: 'materializedViews',
    family: 'relation',
  },
  {
    kind: 'sequences',
    type: 'sequence',
    label: 'Sequences',
    count: 'sequences',
    family: 'sequence',
  },
  {
    kind: 'functions',
    type: 'function',
    label: 'Functions',
    count: 'functions',
    family: 'routine',
  },
  {
    kind: 'procedures',
    type: 'procedure',
    label: 'Procedures',
    count: 'procedures',
    family: 'routine',
  },
  {
    kind: 'trigger-functions',
    type: 'trigger-function',
    label: 'Trigger Functions',
    count: 'triggerFunctions',
    family: 'routine',
  },
  {
    kind: 'aggregates',
    type: 'aggregate',
    label: 'Aggregates',
    count: 'aggregates',
    family: 'routine',
  },
  { kind: 'types', type: 'type', label: 'Types', count: 'types', family: 'type' },
  { kind: 'domains', type: 'domain', label: 'Domains', count: 'domains', family: 'type' },
  {
    kind: 'collations',
    type: 'collation',
    label: 'Collations',
    count: 'collations',
    family: 'collation',
  },
  {
    kind: 'foreign-tables',
    type: 'foreign-table',
    label: 'Foreign Tables',
    count: 'foreignTables',
    family: 'relation',
  },
] as const;

type SchemaKindEntry = (typeof SCHEMA_KINDS)[number];
export type SchemaKind = SchemaKindEntry['kind'];
/** The node type of one object of a schema kind (table, view, function...). */
export type SchemaObjectType = SchemaKindEntry['type'];
/** The kinds whose objects have columns and rows: what View/Edit Data opens. */
export type RelationKind = Extract<SchemaKindEntry, { family: 'relation' }>['kind'];

const kindsOf = (family: SchemaKindEntry['family']) =>
  new Set<string>(
    SCHEMA_KINDS.filter((entry) => entry.family === family).map((entry) => entry.kind),
  );

/** Kinds whose objects are named by signature, e.g. add(integer,integer). */
export const ROUTINE_KINDS: ReadonlySet<string> = kindsOf('routine');

/** Kinds that have columns, indexes, triggers... under them in the tree. */
export const RELATION_KINDS: ReadonlySet<string> = kindsOf('relation');

/** The node type of each schema kind. */
export const TYPE_OF_KIND = Object.fromEntries(
  SCHEMA_KINDS.map((entry) => [entry.kind, entry.type]),
) as Record<string, SchemaObjectType>;

/** The schema kind of each relation's node type (table → tables), for what opens a relation's rows. */
export const RELATION_KIND_OF_TYPE = Object.fromEntries(
  SCHEMA_KINDS.filter((entry) => entry.family === 'relation').map((entry) => [
    entry.type,
    entry.kind,
  ]),
) as Record<string, RelationKind>;
