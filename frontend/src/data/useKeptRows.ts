import { useState } from 'react';
import { rowId } from './pending';
import type { useRowPages } from './useRowPages';
import type { Cell, DataColumn } from './types';

type RowPages = ReturnType<typeof useRowPages>;

/**
 * Rows just inserted stay in sight until the grid is refreshed, even where the active filter would not find them
 * again: shown before the server's rows, each only until a loaded page holds it too.
 */
export function useKeptRows(pages: RowPages, columns: DataColumn[], key: string[]) {
  const [kept, setKept] = useState<unknown[][]>([]);
  const idOf = (row: unknown[]) =>
    rowId(key, Object.fromEntries(columns.map((column, i) => [column.name, row[i] as Cell])));
  let shown = kept;
  if (kept.length > 0) {
    const loaded = new Set<string>();
    pages.forEachLoaded((row) => loaded.add(idOf(row)));
    shown = kept.filter((row) => !loaded.has(idOf(row)));
  }
  return {
    rowCount: shown.length + pages.rowCount,
    rowAt: (index: number) =>
      index < shown.length ? shown[index] : pages.rowAt(index - shown.length),
    /** The index in the server's result of the row shown at {@code index} (kept rows come first). */
    serverIndex: (index: number) => index - shown.length,
    ensure: (first: number, last: number) =>
      pages.ensure(Math.max(0, first - shown.length), Math.max(0, last - shown.length)),
    keep: (rows: unknown[][]) => setKept((before) => [...rows, ...before]),
    forget: () => setKept([]),
  };
}
