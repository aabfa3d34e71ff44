import { useCallback, useMemo, useState } from 'react';
import { apiGet } from '../api/client';
import { countUrl, rowsUrl, type RowsQuery } from './api';
import { rowId } from './pending';
import type { Cell, DataTarget, RowsPage } from './types';

export const PAGE_SIZE = 200;
/** Pages the grid's cache keeps; farther ones are read again when scrolled back to. */
export const KEPT_PAGES = 60;

type Row = unknown[];

interface Known {
  key: string;
  estimate?: number;
  /** The exact number of rows, once a short page showed where they end. */
  end?: number;
  error?: unknown;
}

function idOf(page: RowsPage, row: Row): string {
  return rowId(page.key, Object.fromEntries(page.columns.map((c, i) => [c.name, row[i] as Cell])));
}

/**
 * The server's side of View/Edit Data's grid: pages of {@link PAGE_SIZE} rows read for the grid's cache (the one cache,
 * the grid's). The page right after a read one is asked for by that page's cursor, which the server finds through the
 * key at any depth; a jump asks by offset. The row count starts from the planner's estimate and grows or shrinks to
 * what the pages show. Rows just inserted stay in sight before the server's rows until the grid is refreshed, even
 * where the active filter would not find them again, each only until a page read holds it too.
 */
export function useDataRows(
  target: DataTarget,
  query: RowsQuery,
  cap: number | undefined,
  version: number,
) {
  const sourceKey = JSON.stringify([target, query, cap, version]);
  const [meta, setMeta] = useState<RowsPage>();
  const [known, setKnown] = useState<Known>({ key: sourceKey });
  const [inflight, setInflight] = useState(0);
  const [kept, setKept] = useState<Row[]>([]);
  // Where each page read so far ends, by the cursor that reads the next one.
  const cursors = useMemo(() => new Map<number, string>(), [sourceKey]);
  const now = known.key === sourceKey ? known : { key: sourceKey };

  /** All the rows the query finds, whatever the cap: one count(*). */
  const countRows = useCallback(
    async () => (await apiGet<{ count: number }>(countUrl(target, query))).count,
    [target, query],
  );

  const read = useCallback(
    async (offset: number, limit: number) => {
      const capped = cap === undefined ? limit : Math.min(limit, cap - offset);
      if (capped <= 0) return { rows: [], end: offset };
      setInflight((n) => n + 1);
      try {
        const page = await apiGet<RowsPage>(
          rowsUrl(target, query, { offset, limit: capped, after: cursors.get(offset) }),
        );
        if (page.next) cursors.set(offset + capped, page.next);
        // The page that ends the rows says so, full or not. An empty one past them (the planner expected more) says
        // only that they end before it: they are counted, or each page before it would be read in turn to find out.
        const end =
          page.more && page.rows.length === capped
            ? undefined
            : page.rows.length === 0 && offset > 0
              ? Math.min(offset, await countRows())
              : offset + page.rows.length;
        setKnown((before) => ({
          key: sourceKey,
          estimate: page.estimatedCount ?? (before.key === sourceKey ? before.estimate : undefined),
          end: end ?? (before.key === sourceKey ? before.end : undefined),
        }));
        if (offset === 0) setMeta(page);
        const ids = new Set(page.rows.map((row) => idOf(page, row)));
        setKept((before) =>
          before.some((row) => ids.has(idOf(page, row)))
            ? before.filter((row) => !ids.has(idOf(page, row)))
            : before,
        );
        const estimate = page.estimatedCount ?? -1;
        return {
          rows: page.rows as Row[],
          end: end ?? (cap !== undefined && offset + capped >= cap ? cap : undefined),
          // Until the end is seen, the grid offers as many rows as the planner expects.
          expected: estimate < 0 ? undefined : Math.min(estimate, cap ?? estimate),
        };
      } catch (error) {
        setKnown({ key: sourceKey, error });
        throw error;
      } finally {
        setInflight((n) => n - 1);
      }
    },
    [target, query, cap, sourceKey, cursors, countRows],
  );

  const estimate = now.estimate;

  return {
    sourceKey,
    read,
    meta,
    kept,
    estimate,
    /** How many rows the server has for this query and cap, once a short page showed it. */
    end: now.end,
    exact: now.end !== undefined && cap === undefined ? now.end : undefined,
    error: now.error,
    countRows,
    loading: inflight > 0,
    keep: (rows: Row[]) => setKept((before) => [...rows, ...before]),
    forget: () => setKept([]),
  };
}
