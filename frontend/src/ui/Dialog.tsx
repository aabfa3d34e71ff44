import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { X } from 'lucide-react';
import {
  FOCUSABLE,
  INITIAL_FOCUS,
  giveFocusBack,
  isTopDialog,
  pushDialog,
  wrapTarget,
} from './focusTrap';
import './ui.css';

/** How wide a dialog is: a question or a name (narrow), a form with a file or options (wide), an object editor (large). */
export type DialogSize = 'narrow' | 'wide' | 'large';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  size?: DialogSize;
  /** @deprecated use size="wide" */
  wide?: boolean;
}

function visibleFocusable(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.offsetParent !== null,
  );
}

/**
 * Where focus starts: a field, else the main button, else the first control of the body (a tab, while the fields still
 * load), else the footer's last button, else the dialog itself.
 */
function initialFocus(dialog: HTMLElement): HTMLElement {
  const shown = (selector: string) =>
    [...dialog.querySelectorAll<HTMLElement>(selector)].filter((e) => e.offsetParent !== null);
  return (
    shown(INITIAL_FOCUS)[0] ??
    shown(`.ui-dialog__body :is(${FOCUSABLE})`)[0] ??
    shown('.ui-dialog__footer button:not([disabled])').pop() ??
    dialog
  );
}

/**
 * Escape and Tab are heard on the document, not the dialog, so that they work wherever focus is (on the page behind
 * after a click on the backdrop, or nowhere once a focused button was removed); only the dialog on top answers.
 */
function useModalKeys(ref: React.RefObject<HTMLDivElement | null>, onClose: () => void) {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const token = {};
    const leave = pushDialog(token);
    const onKeyDown = (event: KeyboardEvent) => {
      const dialog = ref.current;
      if (!dialog || !isTopDialog(token) || event.defaultPrevented) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close.current();
      } else if (event.key === 'Tab') {
        const active = document.activeElement;
        const inside = active instanceof HTMLElement && dialog.contains(active) ? active : null;
        const target = wrapTarget(visibleFocusable(dialog), inside, event.shiftKey);
        if (target) {
          event.preventDefault();
          target.focus();
        }
      }
    };
    // Bubbling, after React's handlers: a control inside that takes Escape or Tab itself (a menu, an editor) says so
    // with preventDefault and keeps it.
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      leave();
    };
  }, [ref]);
}

/**
 * The one modal dialog of the page. It takes focus when it opens (its first field, else its main button), keeps Tab
 * and Shift+Tab inside while open, closes on Escape wherever focus is or on a click beside it, and gives focus back to
 * what opened it. Its width is its size's, whatever feature shows it.
 */
export function Dialog({ title, onClose, children, footer, testId, size, wide }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useModalKeys(ref, onClose);
  // Read while rendering too, in case a field inside takes focus with autoFocus before the effect below runs.
  const [focusedAtRender] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );

  useEffect(() => {
    const dialog = ref.current;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // A menu that opened this dialog has given focus back to its own opener by now: that is the one to return to.
    const opener = dialog?.contains(active) ? focusedAtRender : active;
    if (dialog && !dialog.contains(active)) initialFocus(dialog).focus();
    return () => giveFocusBack(opener);
  }, [focusedAtRender]);

  return (
    <div
      className="ui-dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={ref}
        className={`ui-dialog ui-dialog--${size ?? (wide ? 'wide' : 'narrow')}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
      >
        <header className="ui-dialog__header">
          <h2 id={titleId} className="ui-dialog__title">
            {title}
          </h2>
          <button type="button" className="ui-dialog__close" aria-label="Close" onClick={onClose}>
            <X size={14} aria-hidden="true" />
          </button>
        </header>
        <div className="ui-dialog__body">{children}</div>
        {footer && <footer className="ui-dialog__footer">{footer}</footer>}
      </div>
    </div>
  );
}
