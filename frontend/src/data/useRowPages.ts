import { useCallback, useEffect, useRef, useState } from 'react';
import { apiGet } from '../api/client';
import { rowsUrl, type RowsQuery } from './api';
import type { Cell, DataTarget, RowsPage } from './types';

export const PAGE_SIZE = 200;
const KEPT_PAGES = 60;

interface Store {
  key: string;
  pages: Map<number, { rows: Cell[][]; next?: string }>;
  inflight: Set<number>;
  meta?: RowsPage;
  estimate?: number;
  /** The exact number of rows, once a short page showed where they end. */
  end?: number;
  error?: unknown;
}

function newStore(key: string): Store {
  return { key, pages: new Map(), inflight: new Set() };
}

/**
 * Server-side paging for the grid: pages of {@link PAGE_SIZE} rows are fetched as they scroll into view. The page right
 * after a loaded one is asked for by that page's cursor, which the server finds through the key at any depth; a jump
 * asks by offset. The row count starts from the planner's estimate and grows or shrinks to what the pages show.
 */
export function useRowPages(
  target: DataTarget,
  query: RowsQuery,
  cap: number | undefined,
  version: number,
) {
  const key = JSON.stringify([target, query, cap, version]);
  const store = useRef<Store>(newStore(key));
  if (store.current.key !== key) store.current = newStore(key);
  const [, setTick] = useState(0);
  const rerender = useCallback(() => setTick((t) => t + 1), []);

  const load = useCallback(
    (page: number) => {
      const current = store.current;
      if (current.pages.has(page) || current.inflight.has(page)) return;
      const offset = page * PAGE_SIZE;
      const limit = cap === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, cap - offset);
      if (limit <= 0) return;
      const previous = current.pages.get(page - 1);
      const after = previous && previous.rows.length === PAGE_SIZE ? previous.next : undefined;
      current.inflight.add(page);
      apiGet<RowsPage>(rowsUrl(target, query, { offset, limit, after }))
        .then((result) => {
          if (store.current !== current) return;
          current.pages.set(page, { rows: result.rows, next: result.next });
          if (result.rows.length < limit) current.end = offset + result.rows.length;
          if (page === 0 || !current.meta) current.meta = result;
          if (result.estimatedCount !== undefined && result.estimatedCount !== null) {
            current.estimate = result.estimatedCount;
          }
          current.error = undefined;
        })
        .catch((error: unknown) => {
          if (store.current === current) current.error = error;
        })
        .finally(() => {
          current.inflight.delete(page);
          if (store.current === current) rerender();
        });
    },
    [target, query, cap, rerender],
  );

  useEffect(() => {
    load(0);
  }, [key, load]);

  const ensure = useCallback(
    (first: number, last: number) => {
      const current = store.current;
      const from = Math.floor(first / PAGE_SIZE);
      const to = Math.floor(last / PAGE_SIZE);
      for (let page = from; page <= to; page++) load(page);
      if (current.pages.size > KEPT_PAGES) {
        for (const page of [...current.pages.keys()]) {
          if (page !== 0 && (page < from - 10 || page > to + 10)) current.pages.delete(page);
        }
      }
    },
    [load],
  );

  const rowAt = useCallback((index: number) => {
    const page = store.current.pages.get(Math.floor(index / PAGE_SIZE));
    return page?.rows[index % PAGE_SIZE];
  }, []);

  const current = store.current;
  let rowCount = 0;
  if (current.meta) {
    if (current.end !== undefined) rowCount = current.end;
    else {
      let loadedEnd = 0;
      for (const [page, { rows }] of current.pages) {
        loadedEnd = Math.max(
          loadedEnd,
          page * PAGE_SIZE + rows.length + (rows.length === PAGE_SIZE ? PAGE_SIZE : 0),
        );
      }
      rowCount = Math.max(current.estimate ?? 0, loadedEnd);
    }
    if (cap !== undefined) rowCount = Math.min(rowCount, cap);
  }

  /** Every row of the pages loaded now, in no particular order. */
  const forEachLoaded = useCallback((visit: (row: unknown[]) => void) => {
    for (const { rows } of store.current.pages.values()) rows.forEach(visit);
  }, []);

  return {
    meta: current.meta,
    rowCount,
    forEachLoaded,
    estimate: current.estimate,
    exact: current.end !== undefined && cap === undefined ? current.end : undefined,
    error: current.error,
    loading: current.inflight.size > 0,
    rowAt,
    ensure,
  };
}
