/** What Tab can reach inside a dialog, in document order. */
export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Where a dialog puts focus when it opens: a field marked autofocus, else its first field, else its main button. */
export const INITIAL_FOCUS =
  '[autofocus], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], button.primary:not([disabled])';

/**
 * Where Tab (or Shift+Tab) goes from {@code active} among a dialog's focusable elements so that it never leaves: from
 * the last to the first, from the first back to the last, and from anywhere outside to the first (or the last).
 * Undefined means the browser's own move already stays inside.
 */
export function wrapTarget<T>(
  focusable: readonly T[],
  active: T | null,
  backwards: boolean,
): T | undefined {
  if (focusable.length === 0) return undefined;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const index = active === null ? -1 : focusable.indexOf(active);
  if (index < 0) return backwards ? last : first;
  if (backwards && index === 0) return last;
  if (!backwards && index === focusable.length - 1) return first;
  return undefined;
}

/** The open dialogs, the last opened on top: only the top one answers Escape and holds Tab. */
const stack: object[] = [];

export function pushDialog(dialog: object): () => void {
  stack.push(dialog);
  return () => {
    const index = stack.lastIndexOf(dialog);
    if (index >= 0) stack.splice(index, 1);
  };
}

export function isTopDialog(dialog: object): boolean {
  return stack[stack.length - 1] === dialog;
}

/**
 * Gives focus back to {@code opener} when what it opened closes, unless focus has meanwhile gone somewhere on purpose
 * (a dialog opened from a menu item has taken it): only focus left on nothing (the body) is moved.
 */
export function giveFocusBack(opener: HTMLElement | null) {
  const active = document.activeElement;
  if (opener?.isConnected && (active === null || active === document.body)) opener.focus();
}
