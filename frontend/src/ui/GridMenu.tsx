import type { KeyboardEvent } from 'react';
import { COPY_FORMATS, type CopyFormat } from './gridCopy';
import { errorText } from './errorText';
import { Menu } from './Menu';

export interface MenuPoint {
  x: number;
  y: number;
}

/**
 * A grid's context menu: the selection copied in each of {@link COPY_FORMATS}, and the active cell's whole value.
 * Both the Query Tool's result and View/Edit Data open it, by right click, Shift+F10 or the Menu key.
 */
export function GridMenu({
  at,
  testId,
  onClose,
  copy,
  viewValue,
}: {
  at: MenuPoint;
  testId: string;
  onClose: () => void;
  copy: (format: CopyFormat) => void;
  /** Opens the value viewer on the active cell; no item when there is none. */
  viewValue?: () => void;
}) {
  const items = COPY_FORMATS.map(({ format, label }) => ({
    id: `copy-${format}`,
    label,
    run: () => copy(format),
  }));
  const view = viewValue && {
    id: 'view-value',
    label: 'View the whole value…',
    group: 'value',
    run: viewValue,
  };
  return (
    <Menu
      label="Copy the selection"
      testId={testId}
      x={at.x}
      y={at.y}
      onClose={onClose}
      items={view ? [...items, view] : items}
    />
  );
}

/** Shift+F10 or the Menu key: the keyboard's way to a context menu. */
export function isMenuKey(event: KeyboardEvent): boolean {
  return (event.shiftKey && event.key === 'F10') || event.key === 'ContextMenu';
}

/** Where a menu opened from the keyboard goes: under the grid's active cell, else at the grid's corner. */
export function menuPointAt(grid: HTMLElement | null, activeCell: string): MenuPoint {
  const box = (grid?.querySelector(activeCell) ?? grid)?.getBoundingClientRect();
  return { x: box?.left ?? 0, y: box?.bottom ?? 0 };
}

/** Puts the text on the clipboard; answers what to tell the user: how many rows were copied, or why none were. */
export async function copyToClipboard(
  text: () => Promise<string>,
  rows: number,
): Promise<{ message: string; error?: boolean }> {
  try {
    await navigator.clipboard.writeText(await text());
    return { message: `Copied ${rows.toLocaleString()} ${rows === 1 ? 'row' : 'rows'}.` };
  } catch (error) {
    return { message: errorText(error), error: true };
  }
}
