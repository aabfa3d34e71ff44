import type { Tab } from '../app/tabs';
import type { Cell, DataTarget, ForeignKey } from './types';

let opener: ((tab: Tab) => void) | undefined;

/** The tab that shows `target`; the same relation with the same filter opens once. */
export function dataTab(target: DataTarget): Tab {
  const filtered = target.filters?.length ? ' (filtered)' : '';
  return {
    id: `data:${JSON.stringify([target.database, target.schema, target.relation, target.kind, target.filters ?? []])}`,
    kind: 'data',
    title: `${target.schema}.${target.relation}${filtered}`,
    data: target,
  };
}

/** The shell registers how tabs open; answers how to unregister. */
export function setDataTabOpener(open: (tab: Tab) => void): () => void {
  opener = open;
  return () => {
    if (opener === open) opener = undefined;
  };
}

/**
 * Opens (or selects) a View/Edit Data tab for a table, view, materialized view or foreign table, e.g. from the Object
 * Explorer's "View/Edit Data" menu item or a foreign key link.
 */
export function openDataTab(target: DataTarget): void {
  opener?.(dataTab(target));
}

/** Follows a foreign key: the referenced table, filtered to the row whose key the referencing row holds. */
export function openReferencedRow(
  database: string,
  fk: ForeignKey,
  valueOf: (column: string) => Cell,
): void {
  openDataTab({
    database,
    schema: fk.referencedSchema,
    relation: fk.referencedTable,
    kind: 'tables',
    filters: fk.columns.map((column, i) => ({
      column: fk.referencedColumns[i],
      op: '=' as const,
      value: valueOf(column),
    })),
  });
}
