import { useMemo, useState, type ReactNode } from 'react';
import './ui.css';

export interface TableColumn<Row> {
  key: string;
  label: string;
  /** The value sorted and filtered by; also shown unless {@link render} says otherwise. */
  value: (row: Row) => string | number | null | undefined;
  render?: (row: Row) => ReactNode;
}

interface SortableTableProps<Row> {
  label: string;
  rows: Row[];
  columns: TableColumn<Row>[];
  rowKey: (row: Row) => string | number;
  /** Extra cells at the end of each row (actions). */
  actions?: (row: Row) => ReactNode;
  initialSort?: string;
  empty?: string;
  testId?: string;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A small table any screen can use: a header click sorts (again: the other way), the box filters by any text. */
export function SortableTable<Row>({
  label,
  rows,
  columns,
  rowKey,
  actions,
  initialSort,
  empty = 'None.',
  testId,
}: SortableTableProps<Row>) {
  const [sort, setSort] = useState({ key: initialSort ?? columns[0].key, descending: false });
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const kept = needle
      ? rows.filter((row) => columns.some((c) => text(c.value(row)).toLowerCase().includes(needle)))
      : rows;
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    const direction = sort.descending ? -1 : 1;
    return [...kept].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * direction;
      return text(x).localeCompare(text(y)) * direction;
    });
  }, [rows, columns, filter, sort]);

  return (
    <section className="sortable-table" aria-label={label}>
      <div className="sortable-table__bar">
        <h3>
          {label} ({rows.length})
        </h3>
        <input
          type="search"
          placeholder={`Filter ${label.toLowerCase()}`}
          aria-label={`Filter ${label.toLowerCase()}`}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="sortable-table__wrap">
          <table data-testid={testId}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.key}
                    aria-sort={
                      sort.key === column.key
                        ? sort.descending
                          ? 'descending'
                          : 'ascending'
                        : 'none'
                    }
                  >
                    <button
                      type="button"
                      className="sortable-table__sort"
                      onClick={() =>
                        setSort({
                          key: column.key,
                          descending: sort.key === column.key ? !sort.descending : false,
                        })
                      }
                    >
                      {column.label}
                    </button>
                  </th>
                ))}
                {actions && <th>Actions</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.key}>
                      {column.render ? column.render(row) : text(column.value(row))}
                    </td>
                  ))}
                  {actions && <td className="sortable-table__actions">{actions(row)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
