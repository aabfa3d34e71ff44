import { useState } from 'react';
import { ChangeDialog, type ChangeResult } from './ChangeDialog';
import { CascadeList } from './CascadeList';

export interface DropDialogProps {
  what: string;
  label: string;
  /** The DELETE endpoint without query parameters. */
  path: string;
  /** The option the endpoint takes: cascade for objects, force for databases, none for roles. */
  option?: 'cascade' | 'force';
  onClose: () => void;
  onDone: (result: ChangeResult) => void;
}

/** Confirms a drop, with Cascade (or Force) as a choice, and shows the DROP statement on its SQL tab. */
export function DropDialog({
  what,
  label,
  path,
  option = 'cascade',
  onClose,
  onDone,
}: DropDialogProps) {
  const [flag, setFlag] = useState(false);
  const full = flag ? `${path}?${option}=true` : path;
  return (
    <ChangeDialog
      title={`Drop ${what}`}
      method="DELETE"
      path={full}
      submitLabel="Drop"
      danger
      testId="drop-dialog"
      onClose={onClose}
      onDone={onDone}
    >
      <p>
        Drop {what} <strong>{label}</strong>? This cannot be undone.
      </p>
      {option === 'cascade' && path.includes('/schemas/') && <CascadeList path={path} />}
      {option && (
        <label className="form-check">
          <input
            type="checkbox"
            checked={flag}
            onChange={(e) => setFlag(e.target.checked)}
            data-testid="drop-option"
          />
          {option === 'cascade'
            ? 'Cascade: also drop the objects that depend on it'
            : 'Force: end the sessions connected to it'}
        </label>
      )}
    </ChangeDialog>
  );
}
