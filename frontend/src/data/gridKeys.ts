import type { KeyboardEvent } from 'react';
import type { CellPosition } from './DataGrid';

export interface GridKeyActions {
  active: CellPosition | undefined;
  rowCount: number;
  columnCount: number;
  setActive: (position: CellPosition) => void;
  undo: () => void;
  save: () => void;
  canEdit: (position: CellPosition) => boolean;
  /** Starts editing the active cell, with the typed character when typing started it. */
  edit: (initialText?: string) => void;
  canDelete: boolean;
  deleteRows: () => void;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  PageUp: [-20, 0],
  PageDown: [20, 0],
};

/** View/Edit Data's keys, as a spreadsheet has them: arrows move, Enter/F2 or typing edit, Delete marks rows. */
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
  const active = actions.active;
  if (!active) {
    if (event.key.startsWith('Arrow') && actions.rowCount) actions.setActive({ row: 0, column: 0 });
    return;
  }
  const move = MOVES[event.key];
  if (move) {
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
