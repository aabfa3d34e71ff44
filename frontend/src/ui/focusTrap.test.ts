import { describe, expect, it } from 'vitest';
import { isTopDialog, pushDialog, wrapTarget } from './focusTrap';

describe('wrapTarget', () => {
  const fields = ['name', 'type', 'cancel', 'ok'];

  it('leaves a move between two inner elements to the browser', () => {
    expect(wrapTarget(fields, 'type', false)).toBeUndefined();
    expect(wrapTarget(fields, 'cancel', true)).toBeUndefined();
  });

  it('wraps Tab on the last element to the first and Shift+Tab on the first to the last', () => {
    expect(wrapTarget(fields, 'ok', false)).toBe('name');
    expect(wrapTarget(fields, 'name', true)).toBe('ok');
  });

  it('brings focus that is outside the dialog back in', () => {
    expect(wrapTarget(fields, null, false)).toBe('name');
    expect(wrapTarget(fields, 'body', true)).toBe('ok');
  });

  it('has nowhere to go in a dialog with nothing to focus', () => {
    expect(wrapTarget([], null, false)).toBeUndefined();
  });

  it('keeps the only element focused', () => {
    expect(wrapTarget(['ok'], 'ok', false)).toBe('ok');
    expect(wrapTarget(['ok'], 'ok', true)).toBe('ok');
  });
});

describe('the dialog stack', () => {
  it('lets only the dialog opened last answer, and the one below once it closes', () => {
    const below = {};
    const above = {};
    const closeBelow = pushDialog(below);
    const closeAbove = pushDialog(above);
    expect(isTopDialog(above)).toBe(true);
    expect(isTopDialog(below)).toBe(false);
    closeAbove();
    expect(isTopDialog(below)).toBe(true);
    closeBelow();
    expect(isTopDialog(below)).toBe(false);
  });
});
