import type { MouseEvent as ReactMouseEvent, ReactNode } from 'react';
import { ArrowDown, ArrowUp, Filter as FilterIcon, Link } from 'lucide-react';
import type { PagedColumn } from '../ui/PagedGrid';
import { displayText } from './editors';
import { isPreview } from '../ui/longValues';
import { PreviewValue } from '../ui/PreviewValue';
import { isDefault, type History, type PendingInsert } from './pending';
import type { FailedRow } from './useSaveChanges';
import type { Cell, CellValue, DataColumn, ForeignKey, SortTerm } from './types';

/** What the grid shows at a row index: pending inserts first, then the server's rows. */
export type RowInfo =
  | { kind: 'insert'; insert: PendingInsert }
  | { kind: 'server'; id: string; row: Record<string, Cell> };

type Pending = History['pending'];

function columnWidth(column: DataColumn): number {
  const header = Math.max(column.name.length, column.type.length) * 7 + 36;
  const content = ['S', 'U', 'A'].includes(column.category) ? 170 : 100;
  return Math.min(320, Math.max(content, header));
}

/** Cycles a column's sort: ascending, descending, off. With shift the other columns' sorts stay. */
export function nextSort(sort: SortTerm[], column: string, keepOthers: boolean): SortTerm[] {
  const existing = sort.find((term) => term.column === column);
  const others = keepOthers ? sort.filter((term) => term.column !== column) : [];
  if (!existing) return [...others, { column, descending: false }];
  if (!existing.descending) {
    const flipped = { column, descending: true };
    return keepOthers ? sort.map((term) => (term.column === column ? flipped : term)) : [flipped];
  }
  return others;
}

/** The grid's headers: name, type, sort position and a filter button each; a click sorts (with Shift, by more). */
export function gridColumnsOf(
  columns: DataColumn[],
  sort: SortTerm[],
  onFilter: (column: string) => void,
  onSort: (column: string, keepOthers: boolean) => void,
): PagedColumn[] {
  return columns.map((column) => {
    const position = sort.findIndex((term) => term.column === column.name);
    const term = sort[position];
    return {
      id: column.name,
      width: columnWidth(column),
      header: (
        <div
          className="data-grid__column"
          title={`${column.name} ${column.type}${column.nullable ? '' : ' NOT NULL'}${column.reason ? ` — read-only: ${column.reason}` : ''}`}
          data-column={column.name}
          onClick={(event) => onSort(column.name, event.shiftKey)}
        >
          <span className="data-grid__titles">
            <span className="data-grid__title">{column.name}</span>
            <span className="data-grid__subtitle">{column.type}</span>
          </span>
          {term && (
            <span
              className="data-grid__sort"
              title={term.descending ? 'Sorted descending' : 'Sorted ascending'}
            >
              {term.descending ? <ArrowDown size={12} /> : <ArrowUp size={12} />}
              {sort.length > 1 ? position + 1 : undefined}
            </span>
          )}
          <button
            type="button"
            className="icon-button data-grid__filter"
            aria-label={`Filter by ${column.name}`}
            onClick={(event: ReactMouseEvent) => {
              event.stopPropagation();
              onFilter(column.name);
            }}
          >
            <FilterIcon size={11} aria-hidden="true" />
          </button>
        </div>
      ),
    };
  });
}

/** A cell's text (NULL and DEFAULT marked), with a link to the referenced row for a foreign key's value. */
export function cellContent(
  value: unknown,
  fk: ForeignKey | undefined,
  onFollow: () => void,
  onView: () => void,
): ReactNode {
  if (isPreview(value))
    return (
      <PreviewValue
        value={value}
        className="data-cell__text"
        buttonClassName="data-cell__link"
        onOpen={onView}
      />
    );
  const text =
    value === null || value === undefined ? (
      <span className="data-grid__null">NULL</span>
    ) : isDefault(value as CellValue) ? (
      <span className="data-cell__default">DEFAULT</span>
    ) : (
      <span className="data-cell__text">{displayText(value as CellValue)}</span>
    );
  if (!fk || value === null || value === undefined || isDefault(value as CellValue)) return text;
  return (
    <>
      {text}
      <button
        type="button"
        className="icon-button data-cell__link"
        aria-label={`Open the ${fk.referencedTable} row`}
        title={`Open the referenced row in ${fk.referencedSchema}.${fk.referencedTable}`}
        onClick={(event: ReactMouseEvent) => {
          event.stopPropagation();
          onFollow();
        }}
      >
        <Link size={11} aria-hidden="true" />
      </button>
    </>
  );
}

/** A cell whose row is still being read. */
export function loadingCell(): ReactNode {
  return <span className="data-grid__loading" />;
}

export function cellClass(
  info: RowInfo | undefined,
  column: DataColumn | undefined,
  pending: Pending,
): string | undefined {
  if (!info || !column) return undefined;
  const classes = [];
  if (
    info.kind !== 'insert' &&
    pending.updates[info.id] &&
    column.name in pending.updates[info.id].set
  )
    classes.push('data-cell--edited');
  if (!column.editable) classes.push('data-cell--readonly');
  return classes.join(' ') || undefined;
}

/** Whether {@code info} is the row whose change the server refused at the last save. */
export function isFailedRow(info: RowInfo | undefined, failed: FailedRow | undefined): boolean {
  if (!info || !failed) return false;
  return info.kind === 'insert'
    ? failed.kind === 'insert' && failed.insertId === info.insert.id
    : failed.kind === 'server' && failed.id === info.id;
}

export function rowClass(
  info: RowInfo | undefined,
  pending: Pending,
  failed?: FailedRow,
): string | undefined {
  if (!info) return undefined;
  if (isFailedRow(info, failed)) return 'data-row--failed';
  if (info.kind === 'insert') return 'data-row--new';
  if (info.id in pending.deletes) return 'data-row--deleted';
  if (pending.updates[info.id]) return 'data-row--edited';
  return undefined;
}

/** The row header: the server row's number, marked when it is new, deleted or edited. */
export function rowMark(
  info: RowInfo | undefined,
  serverNumber: number,
  pending: Pending,
  failed?: FailedRow,
): ReactNode {
  if (failed && isFailedRow(info, failed))
    return (
      <span className="data-row__mark" title={`Not saved: ${failed.reason}`}>
        !{info?.kind === 'server' ? serverNumber : ''}
      </span>
    );
  if (info && info.kind === 'insert')
    return (
      <span className="data-row__mark" title="New row">
        +
      </span>
    );
  if (info && info.id in pending.deletes)
    return (
      <span className="data-row__mark" title="Deleted when saved">
        −{serverNumber}
      </span>
    );
  if (info && pending.updates[info.id])
    return (
      <span className="data-row__mark" title="Edited">
        ✎{serverNumber}
      </span>
    );
  return serverNumber;
}
