import { fetchDatabases } from '../api/queries';
import { TYPE_OF_KIND } from '../api/kinds';
import type { DatabaseSummary, Deployment } from '../api/types';
import {
  RELATION_KINDS,
  ROUTINE_KINDS,
  SCHEMA_KINDS,
  paths,
  type ObjectProperties,
  type ObjectSummary,
  type SchemaSummary,
} from './api';

/** What a node stands for: singular object types, plus 'collection' for the folders that group them. */
export type NodeType =
  | 'server'
  | 'database'
  | 'schema'
  | 'catalog'
  | 'collection'
  | 'table'
  | 'view'
  | 'materialized-view'
  | 'sequence'
  | 'function'
  | 'procedure'
  | 'trigger-function'
  | 'aggregate'
  | 'type'
  | 'domain'
  | 'collation'
  | 'foreign-table'
  | 'column'
  | 'constraint'
  | 'index'
  | 'trigger'
  | 'policy'
  | 'rule'
  | 'partition'
  | 'extension'
  | 'event-trigger'
  | 'publication'
  | 'subscription'
  | 'role'
  | 'tablespace';

/** Where an object lives, enough to address it in the API. */
export interface ObjectRef {
  db?: string;
  schema?: string;
  /** The URL segment of the object's kind, e.g. 'tables'. */
  kind?: string;
  /** The object's name in URLs (a routine's signature). */
  name?: string;
  /** For parts of a table (columns, indexes, ...): the table, and which part list. */
  table?: string;
  part?: string;
}

export interface TreeNode {
  /** Unique path in the tree, e.g. server/shop/schemas/public/tables/orders; also the node's test id. */
  id: string;
  type: NodeType;
  /** For collections: the type of their children, e.g. 'table'. */
  childType?: NodeType;
  label: string;
  count?: number;
  meta?: string;
  ref: ObjectRef;
  /** API path under which everything this node shows is cached; refreshing the node refetches it. */
  apiPath?: string;
  /** API path fetched when the node expands; its JSON is handed to children(). */
  source?: string;
  load?: () => Promise<unknown>;
  /** Undefined for leaves. */
  children?: (data: unknown) => TreeNode[];
}

export { TYPE_OF_KIND };

const TABLE_PARTS = [
  { part: 'columns', label: 'Columns', type: 'column' },
  { part: 'constraints', label: 'Constraints', type: 'constraint' },
  { part: 'indexes', label: 'Indexes', type: 'index' },
  { part: 'triggers', label: 'Triggers', type: 'trigger' },
  { part: 'policies', label: 'RLS Policies', type: 'policy' },
  { part: 'rules', label: 'Rules', type: 'rule' },
  { part: 'partitions', label: 'Partitions', type: 'partition' },
] as const;

const DATABASE_LISTINGS = [
  { listing: 'extensions', label: 'Extensions', type: 'extension' },
  { listing: 'event-triggers', label: 'Event Triggers', type: 'event-trigger' },
  { listing: 'publications', label: 'Publications', type: 'publication' },
  { listing: 'subscriptions', label: 'Subscriptions', type: 'subscription' },
] as const;

export function serverNode(deployment: Deployment): TreeNode {
  const id = 'server';
  return {
    id,
    type: 'server',
    label: deployment.server.name,
    meta: deployment.server.version,
    ref: {},
    apiPath: '/api/v1/',
    source: '/api/v1/databases',
    load: fetchDatabases,
    children: (data) => {
      const databases = (data as DatabaseSummary[]).map((db) => databaseNode(id, db.name));
      if (deployment.tenancy === 'multi') return databases;
      return [
        ...databases,
        serverListing(id, 'roles', 'Login/Group Roles', 'role'),
        serverListing(id, 'tablespaces', 'Tablespaces', 'tablespace'),
      ];
    },
  };
}

function serverListing(parent: string, what: string, label: string, type: NodeType): TreeNode {
  const source = `/api/v1/${what}`;
  return {
    id: `${parent}/${what}`,
    type: 'collection',
    childType: type,
    label,
    ref: {},
    apiPath: source,
    source,
    children: (data) =>
      (data as { name: string }[]).map((item) => ({
        id: `${parent}/${what}/${item.name}`,
        type,
        label: item.name,
        ref: { name: item.name },
      })),
  };
}

export function databaseNode(parent: string, db: string): TreeNode {
  const id = `${parent}/${db}`;
  return {
    id,
    type: 'database',
    label: db,
    ref: { db },
    apiPath: paths.database(db),
    // Expanding a database reads its schemas at once, so the Schemas folder shows its count.
    source: paths.schemas(db),
    children: (data) => [
      schemasNode(id, db, data as SchemaSummary[]),
      catalogsNode(id, db),
      ...DATABASE_LISTINGS.map((l) => databaseListing(id, db, l.listing, l.label, l.type)),
    ],
  };
}

function schemasNode(parent: string, db: string, schemas: SchemaSummary[]): TreeNode {
  const id = `${parent}/schemas`;
  return {
    id,
    type: 'collection',
    childType: 'schema',
    label: 'Schemas',
    count: schemas.length,
    ref: { db },
    apiPath: paths.schemas(db),
    children: () => schemas.map((schema) => schemaNode(id, db, schema, 'schema')),
  };
}

function catalogsNode(parent: string, db: string): TreeNode {
  const id = `${parent}/catalogs`;
  return {
    id,
    type: 'collection',
    childType: 'catalog',
    label: 'Catalogs',
    ref: { db },
    apiPath: paths.catalogs(db),
    source: paths.catalogs(db),
    children: (data) =>
      (data as SchemaSummary[]).map((schema) => schemaNode(id, db, schema, 'catalog')),
  };
}

export function schemaNode(
  parent: string,
  db: string,
  schema: SchemaSummary,
  type: 'schema' | 'catalog',
): TreeNode {
  const id = `${parent}/${schema.name}`;
  return {
    id,
    type,
    label: schema.name,
    ref: { db, schema: schema.name },
    apiPath: paths.schema(db, schema.name),
    children: () =>
      SCHEMA_KINDS.map((k) =>
        kindNode(id, db, schema.name, k.kind, k.label, schema.counts[k.count]),
      ),
  };
}

function kindNode(
  parent: string,
  db: string,
  schema: string,
  kind: string,
  label: string,
  count: number | undefined,
): TreeNode {
  const id = `${parent}/${kind}`;
  const source = paths.kind(db, schema, kind);
  return {
    id,
    type: 'collection',
    childType: TYPE_OF_KIND[kind],
    label,
    count,
    ref: { db, schema, kind },
    apiPath: source,
    source,
    children: (data) =>
      (data as ObjectSummary[]).map((object) => objectNode(id, db, schema, kind, object)),
  };
}

export function objectNode(
  parent: string,
  db: string,
  schema: string,
  kind: string,
  object: ObjectSummary,
): TreeNode {
  const name = ROUTINE_KINDS.has(kind) && object.signature ? object.signature : object.name;
  const id = `${parent}/${name}`;
  const path = paths.object(db, schema, kind, name);
  const node: TreeNode = {
    id,
    type: TYPE_OF_KIND[kind],
    label: name,
    ref: { db, schema, kind, name },
    apiPath: path,
  };
  if (!RELATION_KINDS.has(kind)) return node;
  return {
    ...node,
    source: path,
    children: (data) => tableParts(id, db, schema, kind, name, data as ObjectProperties),
  };
}

function tableParts(
  parent: string,
  db: string,
  schema: string,
  kind: string,
  table: string,
  properties: ObjectProperties,
): TreeNode[] {
  return TABLE_PARTS.filter((p) => p.part !== 'partitions' || properties.partitioned === true).map(
    (p) => {
      const items = (properties[p.part] as { name: string; type?: string }[] | undefined) ?? [];
      const id = `${parent}/${p.part}`;
      const ref = { db, schema, kind, table, part: p.part };
      return {
        id,
        type: 'collection' as const,
        childType: p.type,
        label: p.label,
        count: items.length,
        ref,
        children: () =>
          items.map((item) => ({
            id: `${id}/${item.name}`,
            type: p.type,
            label: item.name,
            meta: p.part === 'columns' ? item.type : undefined,
            ref: { ...ref, name: item.name },
          })),
      };
    },
  );
}

function databaseListing(
  parent: string,
  db: string,
  listing: string,
  label: string,
  type: NodeType,
): TreeNode {
  const id = `${parent}/${listing}`;
  const source = paths.databaseListing(db, listing);
  return {
    id,
    type: 'collection',
    childType: type,
    label,
    ref: { db },
    apiPath: source,
    source,
    children: (data) =>
      (data as { name: string }[]).map((item) => ({
        id: `${id}/${item.name}`,
        type,
        label: item.name,
        ref: { db, name: item.name },
      })),
  };
}

/** The key the context-menu registry files a node's actions under: its type, or collection:<child type>. */
export function actionKey(node: Pick<TreeNode, 'type' | 'childType'>): string {
  return node.type === 'collection' ? `collection:${node.childType}` : node.type;
}
