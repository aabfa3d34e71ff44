import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import { FILTER_OPS, type DataColumn, type Filter, type FilterOp } from './types';

interface Condition {
  column: string;
  op: FilterOp;
  text: string;
}

export interface FilterPanelProps {
  columns: DataColumn[];
  filters: Filter[];
  where: string;
  /** A column whose header asked for a filter: the panel adds a condition on it. */
  focusColumn?: string;
  onApply: (filters: Filter[], where: string) => void;
  onClose: () => void;
}

const NO_VALUE: FilterOp[] = ['is null', 'is not null'];

function toCondition(filter: Filter): Condition {
  const value = filter.value;
  const text = Array.isArray(value)
    ? value.join(', ')
    : value === undefined || value === null
      ? ''
      : String(value);
  return { column: filter.column, op: filter.op, text };
}

/** A condition as the API takes it: `in` reads a comma-separated list; values travel as text the server casts. */
export function toFilter(condition: Condition): Filter {
  if (NO_VALUE.includes(condition.op)) return { column: condition.column, op: condition.op };
  if (condition.op === 'in') {
    return {
      column: condition.column,
      op: 'in',
      value: condition.text.split(',').map((part) => part.trim()),
    };
  }
  return { column: condition.column, op: condition.op, value: condition.text };
}

/** Conditions built column by column (values always sent as parameters), plus free SQL for the WHERE clause. */
export function FilterPanel({
  columns,
  filters,
  where,
  focusColumn,
  onApply,
  onClose,
}: FilterPanelProps) {
  const [conditions, setConditions] = useState<Condition[]>(() => {
    const existing = filters.map(toCondition);
    return focusColumn ? [...existing, { column: focusColumn, op: '=', text: '' }] : existing;
  });
  const [whereText, setWhereText] = useState(where);

  const change = (index: number, patch: Partial<Condition>) =>
    setConditions((list) => list.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <form
      className="filter-panel"
      data-testid="filter-panel"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(conditions.map(toFilter), whereText);
      }}
    >
      {conditions.map((condition, index) => (
        <div className="filter-panel__row" key={index}>
          <select
            aria-label="Column"
            value={condition.column}
            onChange={(event) => change(index, { column: event.target.value })}
          >
            {columns.map((column) => (
              <option key={column.name}>{column.name}</option>
            ))}
          </select>
          <select
            aria-label="Operator"
            value={condition.op}
            onChange={(event) => change(index, { op: event.target.value as FilterOp })}
          >
            {FILTER_OPS.map((op) => (
              <option key={op}>{op}</option>
            ))}
          </select>
          {!NO_VALUE.includes(condition.op) && (
            <input
              aria-label="Value"
              value={condition.text}
              placeholder={condition.op === 'in' ? 'a, b, c' : 'value'}
              onChange={(event) => change(index, { text: event.target.value })}
            />
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Remove condition"
            onClick={() => setConditions((list) => list.filter((_, i) => i !== index))}
          >
            <X size={13} aria-hidden="true" />
          </button>
        </div>
      ))}
      <button
        type="button"
        className="toolbar-button"
        onClick={() =>
          setConditions((list) => [...list, { column: columns[0]?.name ?? '', op: '=', text: '' }])
        }
      >
        <Plus size={13} aria-hidden="true" />
        Condition
      </button>
      <label className="filter-panel__where">
        WHERE
        <textarea
          aria-label="WHERE clause"
          data-testid="where-text"
          rows={2}
          placeholder="free SQL condition, e.g. price > 10 AND name ILIKE 'a%'"
          value={whereText}
          onChange={(event) => setWhereText(event.target.value)}
        />
      </label>
      <div className="filter-panel__actions">
        <button type="submit" className="toolbar-button primary" data-testid="apply-filter">
          Apply
        </button>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => {
            setConditions([]);
            setWhereText('');
            onApply([], '');
          }}
        >
          Clear
        </button>
        <button type="button" className="toolbar-button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
