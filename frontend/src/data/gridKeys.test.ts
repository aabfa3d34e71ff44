import { describe, expect, it, vi } from 'vitest';
import type { KeyboardEvent } from 'react';
import { handleGridKey, type GridKeyActions } from './gridKeys';

function press(key: string, modifiers: Partial<KeyboardEvent> = {}, row = 5) {
  const actions: GridKeyActions = {
    active: { row, column: 1 },
    // The end is not known yet: the grid offers one row past the 1,000,000 expected, where more may come.
    rowCount: 1_000_001,
    lastRow: 999_999,
    columnCount: 3,
    setActive: vi.fn(),
    undo: vi.fn(),
    save: vi.fn(),
    canEdit: () => true,
    edit: vi.fn(),
    canDelete: false,
    deleteRows: vi.fn(),
    copy: vi.fn(),
    openMenu: vi.fn(),
  };
  const event = {
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    preventDefault: vi.fn(),
    ...modifiers,
  } as unknown as KeyboardEvent<HTMLElement>;
  handleGridKey(event, actions);
  return { actions, event };
}

describe('handleGridKey', () => {
  it('jumps as a spreadsheet does: Ctrl+End to the last cell, Home to the row start, Ctrl+Up to the top', () => {
    expect(press('End', { ctrlKey: true }).actions.setActive).toHaveBeenCalledWith({
      row: 999_999,
      column: 2,
    });
    expect(press('Home').actions.setActive).toHaveBeenCalledWith({ row: 5, column: 0 });
    expect(press('ArrowUp', { metaKey: true }).actions.setActive).toHaveBeenCalledWith({
      row: 0,
      column: 1,
    });
    expect(press('ArrowDown').actions.setActive).toHaveBeenCalledWith({ row: 6, column: 1 });
  });

  it('stops Ctrl+End and Ctrl+Down at the last row expected, while arrows reach the row where more may come', () => {
    expect(press('ArrowDown', { ctrlKey: true }).actions.setActive).toHaveBeenCalledWith({
      row: 999_999,
      column: 1,
    });
    expect(press('ArrowDown', {}, 999_999).actions.setActive).toHaveBeenCalledWith({
      row: 1_000_000,
      column: 1,
    });
    expect(press('ArrowDown', {}, 1_000_000).actions.setActive).toHaveBeenCalledWith({
      row: 1_000_000,
      column: 1,
    });
  });

  it('copies with Ctrl+C (with headers on Shift) and opens the menu with Shift+F10 or the Menu key', () => {
    expect(press('c', { ctrlKey: true }).actions.copy).toHaveBeenCalledWith('text');
    expect(press('C', { ctrlKey: true, shiftKey: true }).actions.copy).toHaveBeenCalledWith(
      'text-headers',
    );
    expect(press('F10', { shiftKey: true }).actions.openMenu).toHaveBeenCalled();
    const menuKey = press('ContextMenu');
    expect(menuKey.actions.openMenu).toHaveBeenCalled();
    expect(menuKey.event.preventDefault).toHaveBeenCalled();
    // Typing still edits.
    expect(press('c').actions.edit).toHaveBeenCalledWith('c');
  });
});
