import { formatCopy, type CopyFormat } from '../ui/gridCopy';
import { isPreview } from '../ui/longValues';
import type { CellRange } from '../ui/useGridSelection';
import type { CellValue, Column } from './api';

/** Rows a copy may hold; a larger selection is refused with the way out (Export). */
export const COPY_ROW_LIMIT = 100_000;

export interface CopySource {
  columns: Column[];
  /** Rows [offset, offset + limit) of the result, read from the server where the page does not have them. */
  rows: (offset: number, limit: number) => Promise<CellValue[][]>;
  /** A value the page has only a preview of, read whole. */
  wholeValue: (row: number, column: number) => Promise<string | null>;
}

/** The selected rectangle as text in the chosen format: whole values, never previews. */
export async function copyText(
  source: CopySource,
  range: CellRange,
  format: CopyFormat,
): Promise<string> {
  const count = range.bottom - range.top + 1;
  if (count > COPY_ROW_LIMIT)
    throw new Error(
      `${count.toLocaleString()} rows are too many to copy (at most ${COPY_ROW_LIMIT.toLocaleString()}): export the result instead.`,
    );
  const read = await source.rows(range.top, count);
  const rows = await Promise.all(
    read.map((row, r) =>
      Promise.all(
        row
          .slice(range.left, range.right + 1)
          .map((value, c) =>
            isPreview(value)
              ? source.wholeValue(range.top + r, range.left + c)
              : Promise.resolve(value),
          ),
      ),
    ),
  );
  return formatCopy({ columns: source.columns.slice(range.left, range.right + 1), rows }, format);
}
