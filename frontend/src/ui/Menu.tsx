import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { giveFocusBack } from './focusTrap';
import './ui.css';

export interface MenuItem {
  id: string;
  label: string;
  /** Items of another group are set apart by a line. */
  group?: string;
  run: () => void;
}

export interface MenuProps {
  label: string;
  items: MenuItem[];
  x: number;
  y: number;
  onClose: () => void;
  testId?: string;
}

/**
 * The page's one pop-up menu (right-click, Shift+F10, the Menu key): kept inside the window, its first item focused,
 * arrows move between items, Escape or a click elsewhere closes it, and choosing an item closes it first.
 */
export function Menu({ label, items, x, y, onClose, testId }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: x, top: y });

  // A long menu opened low or far right would run off the window: move it back inside.
  useLayoutEffect(() => {
    const menu = ref.current?.getBoundingClientRect();
    if (!menu) return;
    const margin = 8;
    setPosition({
      left: Math.max(margin, Math.min(x, window.innerWidth - menu.width - margin)),
      top: Math.max(margin, Math.min(y, window.innerHeight - menu.height - margin)),
    });
  }, [x, y]);

  // Focus goes back where it was when the menu closes, so that a dialog opened from an item returns it there too.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => giveFocusBack(opener);
  }, []);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: globalThis.MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp')
      buttons[(index - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  let previousGroup: string | undefined;
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={label}
      data-testid={testId}
      style={position}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => {
        const group = item.group ?? 'general';
        const separator = previousGroup !== undefined && previousGroup !== group;
        previousGroup = group;
        return (
          <div key={item.id} role="none">
            {separator && <div role="separator" className="context-menu__separator" />}
            <button
              type="button"
              role="menuitem"
              className="context-menu__item"
              data-testid={`menu-${item.id}`}
              onClick={() => {
                onClose();
                item.run();
              }}
            >
              {item.label}
            </button>
          </div>
        );
      })}
    </div>
  );
}
