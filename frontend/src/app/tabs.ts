import { useCallback, useEffect, useState } from 'react';
import type { DataTarget } from '../data/types';
import { baseName } from '../storage/paths';
import { rememberTabs, rememberedTabs } from './tabMemory';

/** Kinds of content the main area can show; later features add theirs here. */
export type TabKind =
  | 'welcome'
  | 'processes'
  | 'storage'
  | 'properties'
  | 'query'
  | 'data'
  | 'audit'
  | 'dashboard'
  | 'library';

export interface Tab {
  id: string;
  kind: TabKind;
  title: string;
  /** Query Tool tabs: the database their session connects to, and the SQL they open with. */
  database?: string;
  sql?: string;
  /** Query Tool tabs opened from a file in storage: its path, where Save writes back. */
  file?: string;
  /** Query Tool tabs opened from the team library: the saved query Save to library updates. */
  saved?: { id: string; name: string; version: number };
  /** For a 'data' tab: the relation it shows. */
  data?: DataTarget;
}

export const WELCOME_TAB: Tab = { id: 'welcome', kind: 'welcome', title: 'Welcome' };

/** Singleton tabs: opening one that is already open just selects it. */
export const SINGLETON_TABS: Record<Exclude<TabKind, 'welcome' | 'query' | 'data'>, Tab> = {
  processes: { id: 'processes', kind: 'processes', title: 'Processes' },
  storage: { id: 'storage', kind: 'storage', title: 'Storage' },
  properties: { id: 'properties', kind: 'properties', title: 'Properties' },
  audit: { id: 'audit', kind: 'audit', title: 'Audit' },
  dashboard: { id: 'dashboard', kind: 'dashboard', title: 'Dashboard' },
  library: { id: 'library', kind: 'library', title: 'Library' },
};

export interface TabsState {
  tabs: Tab[];
  activeId: string | undefined;
}

export function openTab(state: TabsState, tab: Tab): TabsState {
  if (state.tabs.some((t) => t.id === tab.id)) return { ...state, activeId: tab.id };
  return { tabs: [...state.tabs, tab], activeId: tab.id };
}

let queryTabs = 0;

/** The tabs a page opens with: the welcome tab, then the query tabs kept from the last visit. */
export function initialTabs(): TabsState {
  const remembered = rememberedTabs();
  for (const tab of remembered.tabs) {
    queryTabs = Math.max(queryTabs, Number(tab.id.replace(/^query-/, '')) || 0);
  }
  const tabs = [WELCOME_TAB, ...remembered.tabs];
  const activeId = tabs.some((t) => t.id === remembered.activeId)
    ? remembered.activeId
    : WELCOME_TAB.id;
  return { tabs, activeId };
}

/** A new Query Tool tab on {@code database}; every call opens another tab, each with its own session. */
export function queryToolTab(database: string, sql?: string, file?: string): Tab {
  queryTabs += 1;
  const name = file ? baseName(file) : `Query ${queryTabs}`;
  return {
    id: `query-${queryTabs}`,
    kind: 'query',
    title: `${name} · ${database}`,
    database,
    sql,
    file,
  };
}

/** The Dashboard of one database (the top bar's, with no database, shows every database the deployment sees). */
export function dashboardTab(database: string): Tab {
  return {
    id: `dashboard:${database}`,
    kind: 'dashboard',
    title: `Dashboard · ${database}`,
    database,
  };
}

/** The same tabs with {@code id} titled {@code title}; the same state when nothing changes. */
export function retitleTab(state: TabsState, id: string, title: string): TabsState {
  if (!state.tabs.some((t) => t.id === id && t.title !== title)) return state;
  return { ...state, tabs: state.tabs.map((t) => (t.id === id ? { ...t, title } : t)) };
}

/** A tab may ask before it closes (an open transaction, unsaved text): the guard answers the question. */
type CloseGuard = () => string | undefined;
const closeGuards = new Map<string, CloseGuard>();

export function registerCloseGuard(id: string, guard: CloseGuard): () => void {
  closeGuards.set(id, guard);
  return () => {
    if (closeGuards.get(id) === guard) closeGuards.delete(id);
  };
}

function mayClose(id: string): boolean {
  const question = closeGuards.get(id)?.();
  return !question || window.confirm(question);
}

export function closeTab(state: TabsState, id: string): TabsState {
  const index = state.tabs.findIndex((t) => t.id === id);
  if (index < 0) return state;
  const tabs = state.tabs.filter((t) => t.id !== id);
  let activeId = state.activeId;
  if (activeId === id) activeId = (tabs[index] ?? tabs[index - 1])?.id;
  return { tabs, activeId };
}

export function useTabs(initial?: Tab[]) {
  const [state, setState] = useState<TabsState>(() =>
    initial ? { tabs: initial, activeId: initial[0]?.id } : initialTabs(),
  );
  useEffect(() => rememberTabs(state), [state]);
  return {
    ...state,
    open: useCallback((tab: Tab) => setState((s) => openTab(s, tab)), []),
    close: useCallback((id: string) => {
      if (mayClose(id)) setState((s) => closeTab(s, id));
    }, []),
    openQueryTool: useCallback(
      (database: string, sql?: string, file?: string) =>
        setState((s) => openTab(s, queryToolTab(database, sql, file))),
      [],
    ),
    openSavedQuery: useCallback(
      (database: string, sql: string, saved: { id: string; name: string; version: number }) =>
        setState((s) =>
          openTab(s, {
            ...queryToolTab(database, sql),
            title: `${saved.name} · ${database}`,
            saved,
          }),
        ),
      [],
    ),
    retitle: useCallback(
      (id: string, title: string) => setState((s) => retitleTab(s, id, title)),
      [],
    ),
    select: useCallback((id: string) => setState((s) => ({ ...s, activeId: id })), []),
  };
}
