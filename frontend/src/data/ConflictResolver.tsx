import { Dialog } from '../ui/Dialog';
import { displayText } from './editors';
import { conflictRowId, sameValue, type Pending, type RequestOrder } from './pending';
import type { Conflict, DataColumn } from './types';

export interface ConflictResolverProps {
  conflicts: Conflict[];
  order: RequestOrder;
  pending: Pending;
  columns: DataColumn[];
  onKeepMine: (conflict: Conflict) => void;
  onTakeTheirs: (conflict: Conflict) => void;
  onSave: () => void;
  onClose: () => void;
}

function keyText(key: Record<string, unknown>): string {
  return Object.entries(key)
    .map(([name, value]) => `${name} = ${String(value)}`)
    .join(', ');
}

/**
 * Rows someone else changed since they were read, side by side: what I read, theirs now, mine. Keeping mine bases my
 * change on their values for the next save; taking theirs drops my change.
 */
export function ConflictResolver({
  conflicts,
  order,
  pending,
  columns,
  onKeepMine,
  onTakeTheirs,
  onSave,
  onClose,
}: ConflictResolverProps) {
  return (
    <Dialog
      title="Changed by someone else"
      onClose={onClose}
      testId="conflicts"
      size="large"
      footer={
        <>
          {conflicts.length === 0 && (
            <button
              type="button"
              className="toolbar-button primary"
              data-testid="save-again"
              onClick={onSave}
            >
              Save again
            </button>
          )}
          <button type="button" className="toolbar-button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="muted">
        Nothing was saved. These rows changed since you read them: choose, for each, whose values
        stand.
      </p>
      {conflicts.map((conflict) => {
        const id = conflictRowId(conflict, order);
        const mine = conflict.change === 'update' ? pending.updates[id] : pending.deletes[id];
        const set: Record<string, unknown> =
          conflict.change === 'update' ? (pending.updates[id]?.set ?? {}) : {};
        const shown = columns.filter(
          (column) =>
            column.name in set ||
            (conflict.current !== null &&
              !sameValue(conflict.current[column.name], mine?.original[column.name])),
        );
        return (
          <section className="conflict" key={`${conflict.change}:${id}`} data-testid="conflict">
            <h3>
              Row {keyText(conflict.key)}:{' '}
              {conflict.current === null
                ? 'deleted by someone else'
                : conflict.change === 'delete'
                  ? 'you delete it; someone else changed it'
                  : 'you and someone else changed it'}
            </h3>
            {conflict.current !== null && (
              <table className="conflict__table">
                <thead>
                  <tr>
                    <th>Column</th>
                    <th>You read</th>
                    <th>Theirs (now)</th>
                    <th>Yours</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((column) => (
                    <tr key={column.name}>
                      <th scope="row">{column.name}</th>
                      <td>{displayText(mine?.original[column.name] ?? null)}</td>
                      <td data-testid="theirs">
                        {displayText(conflict.current?.[column.name] ?? null)}
                      </td>
                      <td data-testid="yours">
                        {column.name in set
                          ? displayText(set[column.name] as never)
                          : conflict.change === 'delete'
                            ? '(deleted)'
                            : displayText(mine?.original[column.name] ?? null)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div className="conflict__actions">
              {conflict.current !== null && (
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() => onKeepMine(conflict)}
                >
                  Keep mine
                </button>
              )}
              <button
                type="button"
                className="toolbar-button"
                onClick={() => onTakeTheirs(conflict)}
              >
                Take theirs
              </button>
            </div>
          </section>
        );
      })}
    </Dialog>
  );
}
