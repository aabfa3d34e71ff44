import { useRef, type KeyboardEvent } from 'react';
import './ui.css';

export interface TabsProps<T extends string> {
  /** Each tab's key and its text, in order. */
  tabs: ReadonlyArray<readonly [T, string]>;
  active: T;
  onSelect: (tab: T) => void;
  /** Names the list for a screen reader, e.g. the dialog's pages. */
  label?: string;
  /** The test id of each tab; dialog-tab-<key> unless given. */
  testId?: (tab: T) => string;
}

/** Which tab an arrow, Home or End key moves to from {@code index} of {@code count}; undefined for other keys. */
export function tabAfterKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * A dialog's pages as the ARIA tabs pattern has them: one stop for Tab (the active tab), arrow keys (and Home, End)
 * move to the next tab and show it, the active one marked aria-selected.
 */
export function Tabs<T extends string>({
  tabs,
  active,
  onSelect,
  label = 'Pages',
  testId = (tab) => `dialog-tab-${tab}`,
}: TabsProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex(([key]) => key === active);
    const next = tabAfterKey(event.key, index, tabs.length);
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next][0]);
    ref.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div ref={ref} className="ui-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map(([key, text]) => (
        <button
          key={key}
          type="button"
          role="tab"
          aria-selected={key === active}
          tabIndex={key === active ? 0 : -1}
          className="ui-tab"
          data-testid={testId(key)}
          onClick={() => onSelect(key)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
