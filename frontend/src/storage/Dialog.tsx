import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { nameProblem } from './paths';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/errorText';

export { errorText };

export { Dialog, type DialogProps } from '../ui/Dialog';

/** Runs a dialog's action: busy while it runs, closes when it succeeds, keeps the refusal to show. */
function useDialogAction(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      onClose();
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

function DialogButtons({
  confirmLabel,
  testId,
  busy,
  danger,
  form,
  onConfirm,
  onCancel,
}: {
  confirmLabel: string;
  testId: string;
  busy: boolean;
  danger?: boolean;
  /** The form the confirm button submits; without it, onConfirm runs on click. */
  form?: string;
  onConfirm?: () => void;
  onCancel: () => void;
}) {
  return (
    <>
      <button type="button" className="toolbar-button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type={form ? 'submit' : 'button'}
        form={form}
        className={danger ? 'toolbar-button primary danger' : 'toolbar-button primary'}
        data-testid={testId}
        disabled={busy}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </>
  );
}

function ErrorText({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}

export interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** Asks before something that cannot be undone; shows the server's refusal if there is one. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const action = useDialogAction(onClose);
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId="confirm-dialog"
      footer={
        <DialogButtons
          confirmLabel={confirmLabel}
          testId="confirm-ok"
          busy={action.busy}
          danger={danger}
          onConfirm={() => action.run(onConfirm)}
          onCancel={onClose}
        />
      }
    >
      <p className="dialog__message">{message}</p>
      <ErrorText error={action.error} />
    </Dialog>
  );
}

export interface NameDialogProps {
  title: string;
  label: string;
  initial?: string;
  confirmLabel: string;
  onSubmit: (name: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for one name (new folder, rename); checks it as the server will, and shows the server's answer. */
export function NameDialog({
  title,
  label,
  initial = '',
  confirmLabel,
  onSubmit,
  onClose,
}: NameDialogProps) {
  const inputId = useId();
  const [name, setName] = useState(initial);
  const action = useDialogAction(onClose);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name);
    if (problem) action.setError(problem);
    else action.run(() => onSubmit(name));
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId="name-dialog"
      footer={
        <DialogButtons
          confirmLabel={confirmLabel}
          testId="name-ok"
          busy={action.busy}
          form={`${inputId}-form`}
          onCancel={onClose}
        />
      }
    >
      <form id={`${inputId}-form`} onSubmit={submit} className="name-form">
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          className="text-input"
          data-testid="name-input"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            action.setError(undefined);
          }}
          autoComplete="off"
          spellCheck={false}
        />
        <ErrorText error={action.error} />
      </form>
    </Dialog>
  );
}
