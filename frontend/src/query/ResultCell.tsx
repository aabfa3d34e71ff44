import { isPreview, lengthText, previewText } from '../ui/longValues';
import type { CellValue } from './api';

const NUMERIC = new Set(['int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'numeric']);

/** A value as the grid writes it: NULL for null, a preview's start marked as cut. */
export function display(value: CellValue | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (isPreview(value)) return previewText(value);
  return String(value);
}

/** One cell of the result grid: its value, selection and focus marks, and the way to the whole value. */
export function Cell({
  value,
  width,
  type,
  onOpen,
  selected,
  active,
  onSelect,
}: {
  value: CellValue | undefined;
  width: number;
  type: string;
  /** Opens the value viewer (double-click, or the button of a value cut to a preview). */
  onOpen: () => void;
  selected: boolean;
  active: boolean;
  onSelect: (extend: boolean) => void;
}) {
  const classes = ['grid__cell'];
  if (selected) classes.push('grid__cell--selected');
  if (active) classes.push('grid__cell--active');
  if (value === undefined) {
    classes.push('grid__cell--pending');
    return <div className={classes.join(' ')} role="gridcell" style={{ width }} />;
  }
  if (value === null) classes.push('grid__cell--null');
  else if (NUMERIC.has(type)) classes.push('grid__cell--number-value');
  const long = isPreview(value);
  if (long) classes.push('grid__cell--long');
  return (
    <div
      className={classes.join(' ')}
      role="gridcell"
      style={{ width }}
      title={long ? `${lengthText(value)}: double-click to see all of it` : display(value)}
      aria-selected={selected}
      onMouseDown={(event) => event.button === 0 && onSelect(event.shiftKey)}
      onDoubleClick={onOpen}
    >
      {long ? (
        <>
          <span className="grid__preview">{display(value)}</span>
          <button
            type="button"
            className="icon-button grid__whole"
            aria-label={`Show the whole value (${lengthText(value)})`}
            onClick={onOpen}
          >
            ⋯
          </button>
        </>
      ) : (
        display(value)
      )}
    </div>
  );
}
