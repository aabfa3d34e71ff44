import { useCallback, useState } from 'react';

export interface CellAt {
  row: number;
  column: number;
}

/** A rectangle of cells, inclusive. */
export interface CellRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Selection {
  anchor: CellAt;
  focus: CellAt;
}

/**
 * A spreadsheet's selection: an active cell (the focus) and the rectangle from where the selection started (the
 * anchor) to it. Clicks and arrows move the focus; with Shift they extend the rectangle. Whole rows, whole columns
 * and everything are rectangles too.
 */
export function useGridSelection(rowCount: number, columnCount: number) {
  const [selection, setSelection] = useState<Selection>();
  // Rows are bounded by the caller, who may know of more rows than this render did (a result just read to its end).
  const clamp = useCallback(
    (at: CellAt): CellAt => ({
      row: Math.max(0, at.row),
      column: Math.max(0, Math.min(columnCount - 1, at.column)),
    }),
    [columnCount],
  );

  const select = useCallback(
    (at: CellAt, extend = false) =>
      setSelection((current) => {
        const focus = clamp(at);
        return { anchor: extend && current ? current.anchor : focus, focus };
      }),
    [clamp],
  );

  const selectRange = (anchor: CellAt, focus: CellAt) =>
    setSelection({ anchor: clamp(anchor), focus: clamp(focus) });

  const range: CellRange | undefined = selection && {
    top: Math.min(selection.anchor.row, selection.focus.row),
    bottom: Math.max(selection.anchor.row, selection.focus.row),
    left: Math.min(selection.anchor.column, selection.focus.column),
    right: Math.max(selection.anchor.column, selection.focus.column),
  };

  return {
    focus: selection?.focus,
    range,
    select,
    /** Moves the focus by rows and columns from where it is (from the first cell when nothing is selected). */
    move: (rows: number, columns: number, extend: boolean) => {
      const from = selection?.focus ?? { row: 0, column: 0 };
      select({ row: from.row + rows, column: from.column + columns }, extend);
    },
    selectRow: (row: number, extend: boolean) =>
      extend && selection
        ? selectRange({ row: selection.anchor.row, column: 0 }, { row, column: columnCount - 1 })
        : selectRange({ row, column: 0 }, { row, column: columnCount - 1 }),
    selectColumn: (column: number, extend: boolean) =>
      selectRange(
        { row: 0, column: extend && selection ? selection.anchor.column : column },
        { row: rowCount - 1, column },
      ),
    selectAll: () =>
      selectRange({ row: 0, column: 0 }, { row: rowCount - 1, column: columnCount - 1 }),
    isSelected: (row: number, column: number) =>
      !!range &&
      row >= range.top &&
      row <= range.bottom &&
      column >= range.left &&
      column <= range.right,
  };
}
