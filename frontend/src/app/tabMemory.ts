import { useCallback, useEffect, useRef } from 'react';
import { appBase } from '../api/base';
import type { Tab, TabsState } from './tabs';

/**
 * Query Tool tabs (their database, file, library entry and text) are kept in this browser, so that they come back
 * after a reload or a new login. Kept per deployment: two pgdecks under one host name are told apart by their path.
 */
const TABS_KEY = () => `pgdeck:tabs:${appBase()}`;
const TEXT_KEY = (tabId: string) => `pgdeck:tab-text:${appBase()}:${tabId}`;

interface Remembered {
  tabs: Tab[];
  activeId?: string;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (a privacy setting): tabs then live as long as the page.
    return undefined;
  }
}

/** The query tabs open when the page was last left, or none. */
export function rememberedTabs(): Remembered {
  try {
    const saved = JSON.parse(storage()?.getItem(TABS_KEY()) ?? 'null') as Remembered | null;
    const tabs = (saved?.tabs ?? []).filter((tab) => tab.kind === 'query' && tab.database);
    return { tabs, activeId: saved?.activeId };
  } catch {
    return { tabs: [] };
  }
}

/** Keeps the query tabs of {@code state} (not their text: see {@link rememberText}). */
export function rememberTabs(state: TabsState): void {
  const tabs = state.tabs
    .filter((tab) => tab.kind === 'query')
    .map(({ id, kind, title, database, file, saved }) => ({
      id,
      kind,
      title,
      database,
      file,
      saved,
    }));
  const store = storage();
  try {
    store?.setItem(TABS_KEY(), JSON.stringify({ tabs, activeId: state.activeId }));
    forgetClosedTexts(store, new Set(tabs.map((tab) => tab.id)));
  } catch {
    // A full storage keeps the last tabs it could.
  }
}

export function rememberText(tabId: string, text: string): void {
  try {
    storage()?.setItem(TEXT_KEY(tabId), text);
  } catch {
    // Too big to keep: the tab comes back with the text it last could keep.
  }
}

export function rememberedText(tabId: string): string | undefined {
  return storage()?.getItem(TEXT_KEY(tabId)) ?? undefined;
}

function forgetClosedTexts(store: Storage | undefined, open: Set<string>) {
  if (!store) return;
  const prefix = TEXT_KEY('');
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(prefix) && !open.has(key.slice(prefix.length))) store.removeItem(key);
  }
}

/**
 * Keeps a tab's text in this browser as it is typed: call the answer after each change; the text ({@code read}) is
 * stored a moment after the last one.
 */
export function useTextMemory(tabId: string, read: () => string): () => void {
  const timer = useRef<number | undefined>(undefined);
  const reader = useRef(read);
  reader.current = read;
  useEffect(() => {
    // A reload a moment after the last key still finds it.
    const flush = () => {
      if (timer.current === undefined) return;
      window.clearTimeout(timer.current);
      timer.current = undefined;
      rememberText(tabId, reader.current());
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.clearTimeout(timer.current);
    };
  }, [tabId]);
  return useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      rememberText(tabId, reader.current());
    }, 300);
  }, [tabId]);
}
