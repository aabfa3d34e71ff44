import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs, tabAfterKey } from './Tabs';

const PAGES = [
  ['general', 'General'],
  ['data', 'Data'],
  ['sql', 'SQL'],
] as const;

function Pages() {
  const [active, setActive] = useState<(typeof PAGES)[number][0]>('general');
  return <Tabs tabs={PAGES} active={active} onSelect={setActive} />;
}

describe('dialog tabs', () => {
  it('move with the arrows round the ends, and to the ends with Home and End', () => {
    expect(tabAfterKey('ArrowRight', 0, 3)).toBe(1);
    expect(tabAfterKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
    expect(tabAfterKey('Home', 2, 3)).toBe(0);
    expect(tabAfterKey('Enter', 1, 3)).toBeUndefined();
  });

  it('show and focus the tab an arrow moves to, the only one Tab stops at', () => {
    render(<Pages />);
    const general = screen.getByRole('tab', { name: 'General' });
    general.focus();
    fireEvent.keyDown(general, { key: 'ArrowLeft' });

    const sql = screen.getByRole('tab', { name: 'SQL' });
    expect(document.activeElement).toBe(sql);
    expect(sql.getAttribute('aria-selected')).toBe('true');
    expect(sql.tabIndex).toBe(0);
    expect(general.getAttribute('aria-selected')).toBe('false');
    expect(general.tabIndex).toBe(-1);
  });
});
