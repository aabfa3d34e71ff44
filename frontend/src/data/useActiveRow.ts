import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { CellPosition, PagedGridHandle } from '../ui/PagedGrid';
import { jumpsToLastRow } from './gridKeys';

interface ActiveRowOptions {
  grid: RefObject<PagedGridHandle<unknown[]> | null>;
  /** Rows shown before the server's (new rows, rows just saved). */
  lead: number;
  /** How many rows the server has, once a page showed it. */
  end: number | undefined;
  active: CellPosition | undefined;
  setActive: (update: (active: CellPosition | undefined) => CellPosition | undefined) => void;
  /** Counts the rows exactly (at most the rows asked for). */
  countRows: () => Promise<number>;
}

/**
 * The active row of View/Edit Data kept in view, and where Ctrl+End and Ctrl+Down take it: the last row there is, or the last the planner expects while
 * pages have not reached that far. Once the rows read have passed the estimate (a filter it misjudged, a table grown
 * since it was analysed) and the end is still unknown, the rows are counted, so one key press reaches the end rather
 * than one more page; a jump that landed on the last row expected goes on so when the page read there shows more.
 * A page that shows the end nearer moves the active row back to it.
 */
export function useActiveRow({ grid, lead, end, active, setActive, countRows }: ActiveRowOptions) {
  const shownEnd = end === undefined ? undefined : lead + end;
  const activeRow = active?.row;
  useEffect(() => {
    if (activeRow !== undefined) grid.current?.scrollToRow(activeRow);
  }, [grid, activeRow]);
  useEffect(() => {
    if (shownEnd !== undefined && activeRow !== undefined && activeRow >= shownEnd)
      setActive((a) => a && { row: Math.max(0, shownEnd - 1), column: a.column });
  }, [shownEnd, activeRow, setActive]);

  const expected = grid.current?.expectedEnd();
  const toCountedEnd = async (column: number) => {
    let rows: number;
    try {
      rows = await countRows();
      grid.current?.setRowCount(rows, true);
    } catch {
      // Not counted (the server is gone, a statement timeout): one page further, as the grid offers it.
      rows = grid.current?.rowCount() ?? 1;
    }
    setActive(() => ({ row: lead + Math.max(0, rows - 1), column }));
  };

  // A jump to the last row expected goes on to the last there is when the page read there shows the rows go on.
  const chasing = useRef<CellPosition>(undefined);
  useEffect(() => {
    const chase = chasing.current;
    if (!chase || (expected !== undefined && end === undefined && activeRow === chase.row)) return;
    chasing.current = undefined;
    if (activeRow === chase.row && end === undefined) void toCountedEnd(chase.column);
  });

  return {
    lastRow: expected === undefined ? undefined : lead + Math.max(0, expected - 1),
    /** Handles Ctrl+End and Ctrl+Down when only a count can tell where the rows end; false for any other key. */
    onKeyDown: (event: KeyboardEvent<HTMLElement>, columnCount: number): boolean => {
      if (!active || !jumpsToLastRow(event)) return false;
      const column = event.key === 'End' ? columnCount - 1 : active.column;
      if (expected !== undefined) {
        if (end === undefined) chasing.current = { row: lead + Math.max(0, expected - 1), column };
        return false;
      }
      event.preventDefault();
      void toCountedEnd(column);
      return true;
    },
  };
}
