import { useCallback, useState } from 'react';
import type { DataTarget } from '../data/types';

/** Kinds of content the main area can show; later features add theirs here. */
export type TabKind = 'welcome' | 'processes' | 'storage' | 'data';

export interface Tab {
  id: string;
  kind: TabKind;
  title: string;
  /** For a 'data' tab: the relation it shows. */
  data?: DataTarget;
}

export const WELCOME_TAB: Tab = { id: 'welcome', kind: 'welcome', title: 'Welcome' };

/** Singleton tabs: opening one that is already open just selects it. */
export const SINGLETON_TABS: Record<Exclude<TabKind, 'welcome' | 'data'>, Tab> = {
  processes: { id: 'processes', kind: 'processes', title: 'Processes' },
  storage: { id: 'storage', kind: 'storage', title: 'Storage' },
};

export interface TabsState {
  tabs: Tab[];
  activeId: string | undefined;
}

export function openTab(state: TabsState, tab: Tab): TabsState {
  if (state.tabs.some((t) => t.id === tab.id)) return { ...state, activeId: tab.id };
  return { tabs: [...state.tabs, tab], activeId: tab.id };
}

export function closeTab(state: TabsState, id: string): TabsState {
  const index = state.tabs.findIndex((t) => t.id === id);
  if (index < 0) return state;
  const tabs = state.tabs.filter((t) => t.id !== id);
  let activeId = state.activeId;
  if (activeId === id) activeId = (tabs[index] ?? tabs[index - 1])?.id;
  return { tabs, activeId };
}

export function useTabs(initial: Tab[] = [WELCOME_TAB]) {
  const [state, setState] = useState<TabsState>({ tabs: initial, activeId: initial[0]?.id });
  return {
    ...state,
    open: useCallback((tab: Tab) => setState((s) => openTab(s, tab)), []),
    close: useCallback((id: string) => setState((s) => closeTab(s, id)), []),
    select: useCallback((id: string) => setState((s) => ({ ...s, activeId: id })), []),
  };
}
