import type { KeyboardEvent } from 'react';
import type { CopyFormat } from '../ui/gridCopy';
import { isMenuKey } from '../ui/GridMenu';
import type { CellPosition } from '../ui/PagedGrid';

export interface GridKeyActions {
  active: CellPosition | undefined;
  rowCount: number;
  /** Where Ctrl+End goes: the last row there is, or is expected while the end is not known. */
  lastRow: number;
  columnCount: number;
  setActive: (position: CellPosition) => void;
  undo: () => void;
  save: () => void;
  canEdit: (position: CellPosition) => boolean;
  /** Starts editing the active cell, with the typed character when typing started it. */
  edit: (initialText?: string) => void;
  canDelete: boolean;
  deleteRows: () => void;
  /** Copies the marked rows, else the active cell. */
  copy: (format: CopyFormat) => void;
  openMenu: () => void;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  PageUp: [-20, 0],
  PageDown: [20, 0],
};

/**
 * View/Edit Data's keys, as a spreadsheet has them: arrows move (Home/End and Ctrl jump), Enter/F2 or typing edit,
 * Delete marks rows;
 * Ctrl+C copies (Shift: with headers), Shift+F10 or the Menu key opens the menu.
 */
export function handleGridKey(event: KeyboardEvent<HTMLElement>, actions: GridKeyActions): void {
  const modifier = event.ctrlKey || event.metaKey;
  if (modifier && event.key.toLowerCase() === 'z') {
    event.preventDefault();
    actions.undo();
    return;
  }
  if (modifier && event.key.toLowerCase() === 's') {
    event.preventDefault();
    actions.save();
    return;
  }
  if (isMenuKey(event) || (modifier && event.key.toLowerCase() === 'c')) {
    event.preventDefault();
    if (isMenuKey(event)) actions.openMenu();
    else actions.copy(event.shiftKey ? 'text-headers' : 'text');
    return;
  }
  const active = actions.active;
  if (!active) {
    if (event.key.startsWith('Arrow') && actions.rowCount) actions.setActive({ row: 0, column: 0 });
    return;
  }
  const jump = jumpTarget(event.key, modifier, active, actions);
  const move = MOVES[event.key];
  if (jump) {
    event.preventDefault();
    actions.setActive(jump);
  } else if (move && !modifier) {
    event.preventDefault();
    actions.setActive({
      row: Math.max(0, Math.min(actions.rowCount - 1, active.row + move[0])),
      column: Math.max(0, Math.min(actions.columnCount - 1, active.column + move[1])),
    });
  } else if ((event.key === 'Enter' || event.key === 'F2') && actions.canEdit(active)) {
    event.preventDefault();
    actions.edit();
  } else if (event.key === 'Delete' && actions.canDelete) {
    event.preventDefault();
    actions.deleteRows();
  } else if (event.key.length === 1 && !modifier && actions.canEdit(active)) {
    event.preventDefault();
    actions.edit(event.key);
  }
}

/** Ctrl+End and Ctrl+Down: keys that go to the last row. */
export function jumpsToLastRow(event: KeyboardEvent<HTMLElement>): boolean {
  return (event.ctrlKey || event.metaKey) && (event.key === 'End' || event.key === 'ArrowDown');
}

/** Home and End go to the row's first and last cell; with Ctrl the first and last row; Ctrl+arrow up and down too. */
function jumpTarget(
  key: string,
  modifier: boolean,
  active: CellPosition,
  { lastRow, columnCount }: GridKeyActions,
): CellPosition | undefined {
  if (key === 'Home') return { row: modifier ? 0 : active.row, column: 0 };
  if (key === 'End') return { row: modifier ? lastRow : active.row, column: columnCount - 1 };
  if (modifier && key === 'ArrowUp') return { row: 0, column: active.column };
  if (modifier && key === 'ArrowDown') return { row: lastRow, column: active.column };
  return undefined;
}
