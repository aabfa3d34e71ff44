import { useState, type MouseEvent } from 'react';
import { formatCopy, quoteIdentifier, type CopyFormat } from '../ui/gridCopy';
import { GridMenu, copyToClipboard, menuPointAt, type MenuPoint } from '../ui/GridMenu';
import type { CellPosition } from '../ui/PagedGrid';
import type { Saved } from './DataStatus';
import type { CellValue, DataColumn, DataTarget } from './types';

interface DataMenuSource {
  target: DataTarget;
  columns: DataColumn[];
  active: CellPosition | undefined;
  selected: ReadonlySet<number>;
  valueAt: (position: CellPosition) => CellValue | undefined;
  /** A value read whole (a preview's rest comes from the server). */
  wholeAt: (position: CellPosition) => Promise<string | null>;
  setViewing: (position: CellPosition) => void;
  /** Says what was copied, or why not. */
  setSaved: (saved: Saved) => void;
  /** Makes the cell active, leaving no row marked. */
  focusCell: (position: CellPosition) => void;
}

/**
 * View/Edit Data's context menu and copy: the rows marked in the row headers (all their columns), else the active
 * cell, in each form the result grid copies to; INSERT statements name the table.
 */
export function useDataMenu(source: DataMenuSource) {
  const [menu, setMenu] = useState<MenuPoint>();
  const { target, columns, active, selected } = source;

  const copy = async (format: CopyFormat) => {
    const rows = selected.size ? [...selected].sort((a, b) => a - b) : active ? [active.row] : [];
    const shown = selected.size || !active ? columns.map((_, c) => c) : [active.column];
    if (!rows.length) return;
    const text = async () => {
      const values = await Promise.all(
        rows.map((row) => Promise.all(shown.map((column) => copyValue(source, { row, column })))),
      );
      return formatCopy(
        {
          columns: shown.map((c) => ({ name: columns[c].name, type: columns[c].baseType })),
          rows: values,
          table: `${quoteIdentifier(target.schema)}.${quoteIdentifier(target.relation)}`,
        },
        format,
      );
    };
    source.setSaved(await copyToClipboard(text, rows.length));
  };

  return {
    copy: (format: CopyFormat) => void copy(format),
    /** Shift+F10 or the Menu key: the menu opens under the active cell. */
    openFromKeys: (grid: HTMLElement | null) =>
      setMenu(menuPointAt(grid, '.data-grid__cell--active')),
    openAt: (event: MouseEvent, cell: CellPosition) => {
      event.preventDefault();
      if (!selected.has(cell.row)) source.focusCell(cell);
      setMenu({ x: event.clientX, y: event.clientY });
    },
    element: menu && (
      <GridMenu
        at={menu}
        testId="data-menu"
        onClose={() => setMenu(undefined)}
        copy={(format) => void copy(format)}
        viewValue={active && (() => source.setViewing(active))}
      />
    ),
  };
}

/** A value as the copy holds it: whole, never a preview; a row no longer loaded cannot be copied. */
function copyValue(source: DataMenuSource, position: CellPosition): Promise<unknown> {
  const value = source.valueAt(position);
  if (value === undefined)
    return Promise.reject(
      new Error(
        `Row ${position.row + 1} is not loaded any more: scroll to it, or export the table.`,
      ),
    );
  if (value !== null && typeof value === 'object') return source.wholeAt(position);
  return Promise.resolve(value);
}
