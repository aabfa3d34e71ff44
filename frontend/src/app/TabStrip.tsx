import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ChevronDown, X } from 'lucide-react';
import type { Tab } from './tabs';

export interface TabStripProps {
  tabs: Tab[];
  activeId: string | undefined;
  onSelect: (id: string) => void;
  onClose: (id: string) => void;
}

export const tabDomId = (id: string) => `tab-${id}`;
export const panelDomId = (id: string) => `tabpanel-${id}`;

/** WAI-ARIA tabs: arrow keys move between tabs, Delete closes the focused one. */
export function TabStrip({ tabs, activeId, onSelect, onClose }: TabStripProps) {
  const listRef = useRef<HTMLDivElement>(null);

  // However many tabs are open, the active one is scrolled into sight.
  useEffect(() => {
    if (!activeId) return;
    document
      .getElementById(tabDomId(activeId))
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [activeId, tabs.length]);

  const focusTab = (id: string) => {
    onSelect(id);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabDomId(id))}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else if (event.key === 'Delete') {
      event.preventDefault();
      onClose(tabs[index].id);
      return;
    }
    if (next !== undefined) {
      event.preventDefault();
      focusTab(tabs[next].id);
    }
  };

  return (
    <div className="tab-bar">
      {/* The tablist holds tabs only (ARIA allows nothing else in it): the close buttons are its siblings, and the
          list's display: contents lets CSS order put each close button after its tab. */}
      <div className="tab-strip" ref={listRef}>
        <div className="tab-strip__tabs" role="tablist" aria-label="Open tabs">
          {tabs.map((tab, index) => {
            const selected = tab.id === activeId;
            return (
              <button
                key={tab.id}
                type="button"
                role="tab"
                id={tabDomId(tab.id)}
                className={selected ? 'tab__label tab--selected' : 'tab__label'}
                style={{ order: 2 * index }}
                aria-selected={selected}
                aria-controls={panelDomId(tab.id)}
                tabIndex={selected ? 0 : -1}
                data-testid={`tab-${tab.id}`}
                onClick={() => onSelect(tab.id)}
                onAuxClick={(e) => {
                  if (e.button === 1) onClose(tab.id);
                }}
                onKeyDown={(e) => onKeyDown(e, index)}
              >
                {tab.title}
              </button>
            );
          })}
        </div>
        {tabs.map((tab, index) => {
          const selected = tab.id === activeId;
          return (
            <button
              key={tab.id}
              type="button"
              className={selected ? 'tab__close tab--selected' : 'tab__close'}
              style={{ order: 2 * index + 1 }}
              aria-label={`Close ${tab.title}`}
              title={`Close ${tab.title}`}
              tabIndex={selected ? 0 : -1}
              data-testid={`tab-close-${tab.id}`}
              onClick={() => onClose(tab.id)}
            >
              <X size={12} aria-hidden="true" />
            </button>
          );
        })}
      </div>
      <TabList tabs={tabs} activeId={activeId} onSelect={onSelect} />
    </div>
  );
}

/** Every open tab in one list, for when there are more than the strip shows. */
function TabList({ tabs, activeId, onSelect }: Omit<TabStripProps, 'onClose'>) {
  const [open, setOpen] = useState(false);
  if (tabs.length === 0) return null;
  return (
    <div className="tab-list">
      <button
        type="button"
        className="icon-button"
        aria-label={`All ${tabs.length} tabs`}
        title="All tabs"
        aria-haspopup="listbox"
        aria-expanded={open}
        data-testid="tab-list"
        onClick={() => setOpen((o) => !o)}
      >
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      {open && (
        <ul className="tab-list__menu" role="listbox" aria-label="Open tabs">
          {tabs.map((tab) => (
            <li
              key={tab.id}
              role="option"
              aria-selected={tab.id === activeId}
              tabIndex={0}
              onClick={() => {
                onSelect(tab.id);
                setOpen(false);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(tab.id);
                  setOpen(false);
                } else if (event.key === 'Escape') setOpen(false);
              }}
            >
              {tab.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
