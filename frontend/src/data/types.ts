/** Contract of the View/Edit Data API (GET .../{kind}/{name}/rows and friends). */

import type { Preview } from '../ui/longValues';

import type { RelationKind } from '../api/kinds';

export type { RelationKind };

/**
 * A value as the API sends it: numbers while JSON holds them exactly, else PostgreSQL's text; a long one as a preview
 * (its start, length and MD5), read whole on demand.
 */
export type Cell = string | number | boolean | null | Preview;

/** Asks for the column's DEFAULT on insert or update. */
export interface DefaultMarker {
  $default: true;
}

export type CellValue = Cell | DefaultMarker;

export interface DataColumn {
  name: string;
  /** The declared type, e.g. numeric(12,2) or store.order_status[]. */
  type: string;
  editable: boolean;
  reason?: string;
  nullable: boolean;
  hasDefault: boolean;
  generated?: string;
  identity?: string;
  /** Internal name of the base type: int4, _text, jsonb, order_status, ... */
  baseType: string;
  /** PostgreSQL's type category letter: N numeric, A array, E enum, B boolean, D date/time, ... */
  category: string;
  enumLabels?: string[];
}

export interface ForeignKey {
  name: string;
  columns: string[];
  referencedSchema: string;
  referencedTable: string;
  referencedColumns: string[];
}

export interface RowsPage {
  schema: string;
  name: string;
  kind: RelationKind;
  columns: DataColumn[];
  key: string[];
  foreignKeys: ForeignKey[];
  editable: boolean;
  readOnlyReason?: string;
  rows: Cell[][];
  offset: number;
  estimatedCount?: number;
  /** Whether rows follow this page: a full page may be the last. */
  more: boolean;
  next?: string;
}

export type FilterOp =
  '=' | '<>' | '<' | '>' | '<=' | '>=' | 'like' | 'ilike' | 'in' | 'is null' | 'is not null';

export const FILTER_OPS: FilterOp[] = [
  '=',
  '<>',
  '<',
  '>',
  '<=',
  '>=',
  'like',
  'ilike',
  'in',
  'is null',
  'is not null',
];

export interface Filter {
  column: string;
  op: FilterOp;
  value?: Cell | Cell[];
}

export interface SortTerm {
  column: string;
  descending: boolean;
}

/** What a Data tab shows: a relation, optionally opened filtered (e.g. from a foreign key link). */
export interface DataTarget {
  database: string;
  schema: string;
  relation: string;
  kind: RelationKind;
  filters?: Filter[];
}

export interface ChangeRequest {
  inserts: Record<string, CellValue>[];
  updates: {
    key: Record<string, Cell>;
    original: Record<string, Cell>;
    set: Record<string, CellValue>;
  }[];
  deletes: { key: Record<string, Cell>; original: Record<string, Cell> }[];
}

export interface Conflict {
  change: 'update' | 'delete';
  index: number;
  key: Record<string, Cell>;
  /** The row's values now; null when someone deleted it. */
  current: Record<string, Cell> | null;
}
