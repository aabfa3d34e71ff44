import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '../api/client';
import { nameProblem } from './paths';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  wide?: boolean;
}

/** A modal dialog: Escape or a click beside it closes it; focus starts on its first field or button. */
export function Dialog({ title, onClose, children, footer, testId, wide }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>(
      'input, select, textarea, button.primary',
    );
    (first ?? ref.current)?.focus();
  }, []);

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={ref}
        className={wide ? 'dialog dialog--wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        {footer && <div className="dialog__footer">{footer}</div>}
      </div>
    </div>
  );
}

export function errorText(error: unknown): string {
  if (isApiError(error)) return error.detail ?? error.title;
  return error instanceof Error ? error.message : String(error);
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId="confirm-dialog"
      footer={
        <>
          <button type="button" className="toolbar-button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? 'toolbar-button primary danger' : 'toolbar-button primary'}
            data-testid="confirm-ok"
            disabled={busy}
            onClick={confirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <p className="dialog__message">{message}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
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
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name);
      onClose();
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId="name-dialog"
      footer={
        <>
          <button type="button" className="toolbar-button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form={`${inputId}-form`}
            className="toolbar-button primary"
            data-testid="name-ok"
            disabled={busy}
          >
            {confirmLabel}
          </button>
        </>
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
            setError(undefined);
          }}
          autoComplete="off"
          spellCheck={false}
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
