import type { KeyboardEvent } from 'react';
import type { CopyFormat } from '../ui/gridCopy';
import { isMenuKey } from '../ui/GridMenu';
import type { useGridSelection } from '../ui/useGridSelection';

export interface ResultKeyActions {
  selection: ReturnType<typeof useGridSelection>;
  /** Rows one screen holds, for Page Up and Page Down. */
  pageRows: number;
  lastColumn: number;
  /** The last row's index once the result's end is known. */
  lastRow: number | undefined;
  /** Reads the result to its end; answers how many rows it has. */
  readToEnd: () => Promise<number>;
  /** Selects a cell (bounded by the rows known when rendered) and scrolls it into view. */
  goTo: (row: number, column: number, extend: boolean) => void;
  /** Selects a row known to exist though this render may not know of it yet (the end just read). */
  goToRead: (row: number, column: number, extend: boolean) => void;
  copy: (format: CopyFormat) => void;
  openMenu: () => void;
}

/**
 * The result grid's keys, as a spreadsheet's: arrows, Page Up/Down, Home/End (Ctrl: the first and last row, reading
 * the result to its end first), Shift to extend, Ctrl+A, Ctrl+C (Shift: with headers), Shift+F10 or the Menu key.
 */
export function gridKey(event: KeyboardEvent<HTMLElement>, actions: ResultKeyActions): void {
  const { selection } = actions;
  const modifier = event.ctrlKey || event.metaKey;
  const extend = event.shiftKey;
  const focus = selection.focus ?? { row: 0, column: 0 };
  const steps: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    PageUp: [-actions.pageRows, 0],
    PageDown: [actions.pageRows, 0],
  };
  const step = steps[event.key];
  if (step && !modifier) {
    actions.goTo(focus.row + step[0], focus.column + step[1], extend);
  } else if (event.key === 'Home') {
    actions.goTo(modifier ? 0 : focus.row, 0, extend);
  } else if (event.key === 'End' && !modifier) {
    actions.goTo(focus.row, actions.lastColumn, extend);
  } else if (event.key === 'End' || (modifier && event.key === 'ArrowDown')) {
    const column = event.key === 'End' ? actions.lastColumn : focus.column;
    if (actions.lastRow !== undefined) actions.goTo(actions.lastRow, column, extend);
    else void actions.readToEnd().then((rows) => actions.goToRead(rows - 1, column, extend));
  } else if (modifier && event.key === 'ArrowUp') {
    actions.goTo(0, focus.column, extend);
  } else if (modifier && event.key.toLowerCase() === 'a') {
    selection.selectAll();
  } else if (modifier && event.key.toLowerCase() === 'c') {
    actions.copy(extend ? 'text-headers' : 'text');
  } else if (isMenuKey(event)) {
    actions.openMenu();
  } else {
    return;
  }
  event.preventDefault();
}
