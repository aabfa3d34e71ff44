import { isPreview, lengthText, previewText } from '../ui/longValues';
import { PreviewValue } from '../ui/PreviewValue';
import type { CellValue } from './api';

const NUMERIC = new Set(['int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'numeric']);

/** A value as the grid writes it: NULL for null, a preview's start marked as cut. */
export function display(value: CellValue | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (isPreview(value)) return previewText(value);
  return String(value);
}

/** The classes of a result cell: selection and focus marks, and how its value is written. */
export function cellClasses(
  value: CellValue | undefined,
  type: string,
  selected: boolean,
  active: boolean,
): string {
  const classes = ['grid__cell'];
  if (selected) classes.push('grid__cell--selected');
  if (active) classes.push('grid__cell--active');
  if (value === undefined) classes.push('grid__cell--pending');
  else if (value === null) classes.push('grid__cell--null');
  else if (NUMERIC.has(type)) classes.push('grid__cell--number-value');
  if (isPreview(value)) classes.push('grid__cell--long');
  return classes.join(' ');
}

/** One value of the result grid, with the way to the whole value of one cut to a preview. */
export function CellContent({
  value,
  onOpen,
}: {
  value: CellValue | undefined;
  /** Opens the value viewer (the button of a value cut to a preview). */
  onOpen: () => void;
}) {
  if (value === undefined) return null;
  if (!isPreview(value)) return <span title={display(value)}>{display(value)}</span>;
  return (
    <PreviewValue
      value={value}
      className="grid__preview"
      buttonClassName="grid__whole"
      title={`${lengthText(value)}: double-click to see all of it`}
      onOpen={onOpen}
    />
  );
}
