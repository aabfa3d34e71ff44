import { ArrowDown, ArrowUp } from 'lucide-react';
import type { ReactNode } from 'react';
import { nextSort, type Sort, type SortKey } from './sort';

/** A column header that sorts the table by its column; aria-sort tells which way. */
export function SortableHeader({
  label,
  sortKey,
  sort,
  onSort,
  className,
}: {
  label: ReactNode;
  sortKey: SortKey;
  sort: Sort;
  onSort: (sort: Sort) => void;
  className?: string;
}) {
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        data-testid={`sort-${sortKey}`}
        onClick={() => onSort(nextSort(sort, sortKey))}
      >
        {label}
        {active &&
          (sort.descending ? (
            <ArrowDown size={12} aria-hidden="true" />
          ) : (
            <ArrowUp size={12} aria-hidden="true" />
          ))}
      </button>
    </th>
  );
}
