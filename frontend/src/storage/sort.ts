import type { StorageEntry } from './api';

export type SortKey = 'name' | 'size' | 'modifiedAt';

export interface Sort {
  key: SortKey;
  descending: boolean;
}

export const DEFAULT_SORT: Sort = { key: 'name', descending: false };

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: StorageEntry, b: StorageEntry, key: SortKey): number {
  switch (key) {
    case 'name':
      return byName.compare(a.name, b.name);
    case 'size':
      return (a.size ?? 0) - (b.size ?? 0) || byName.compare(a.name, b.name);
    case 'modifiedAt':
      return Date.parse(a.modifiedAt) - Date.parse(b.modifiedAt) || byName.compare(a.name, b.name);
  }
}

/** Folders first, then files, each group in the chosen order. */
export function sortEntries(entries: readonly StorageEntry[], sort: Sort): StorageEntry[] {
  const sign = sort.descending ? -1 : 1;
  return [...entries].sort((a, b) => {
    if (a.type !== b.type) return a.type === 'directory' ? -1 : 1;
    return sign * compare(a, b, sort.key);
  });
}

/** Clicking the current column flips its order; another column starts ascending (dates: newest first). */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key === 'modifiedAt' };
}
