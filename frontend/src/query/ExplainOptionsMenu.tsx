import type { ExplainOptions } from './api';

const EXPLAIN_OPTIONS: (keyof ExplainOptions)[] = [
  'verbose',
  'costs',
  'buffers',
  'timing',
  'summary',
  'settings',
  'wal',
];

/** The EXPLAIN options pgAdmin offers, as a drop-down of checkboxes on the Query Tool's toolbar. */
export function ExplainOptionsMenu({
  options,
  onChange,
}: {
  options: ExplainOptions;
  onChange: (options: ExplainOptions) => void;
}) {
  return (
    <details className="query-toolbar__options">
      <summary>Options</summary>
      <div className="query-toolbar__menu">
        {EXPLAIN_OPTIONS.map((option) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={Boolean(options[option])}
              onChange={(e) => onChange({ ...options, [option]: e.target.checked })}
            />
            {option.toUpperCase()}
          </label>
        ))}
      </div>
    </details>
  );
}
