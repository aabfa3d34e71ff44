import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dialog } from './Dialog';

function Opener({ inner }: { inner?: boolean }) {
  const [open, setOpen] = useState(false);
  const [nested, setNested] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog title="Outer" onClose={() => setOpen(false)} testId="outer">
          <input aria-label="Name" />
          {inner && (
            <button type="button" onClick={() => setNested(true)}>
              More
            </button>
          )}
          {nested && (
            <Dialog title="Inner" onClose={() => setNested(false)} testId="inner">
              <input aria-label="Detail" />
            </Dialog>
          )}
        </Dialog>
      )}
    </>
  );
}

describe('Dialog', () => {
  // jsdom lays nothing out, so every offsetParent is null; the dialog reads it to skip hidden controls.
  const layout = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent')!;
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
  });
  afterAll(() => Object.defineProperty(HTMLElement.prototype, 'offsetParent', layout));

  it('starts in its first field, closes on Escape with focus nowhere, and gives focus back', () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));

    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'Escape' });

    expect(screen.queryByTestId('outer')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('brings Tab from outside back in, and lets Escape close only the dialog on top', () => {
    render(<Opener inner />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const more = screen.getByRole('button', { name: 'More' });
    more.focus();
    fireEvent.click(more);
    expect(document.activeElement).toBe(screen.getByLabelText('Detail'));

    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(screen.getByTestId('inner').contains(document.activeElement)).toBe(true);

    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByTestId('inner')).toBeNull();
    expect(screen.queryByTestId('outer')).not.toBeNull();
    expect(document.activeElement).toBe(more);
  });
});
