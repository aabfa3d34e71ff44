import { apiGet, apiSend } from '../api/client';

const BASE = '/api/v1/saved-queries';

export interface SavedQuerySummary {
  id: string;
  name: string;
  folder?: string;
  tags: string[];
  description?: string;
  database?: string;
  version: number;
  updatedAt: string;
  updatedBy?: string;
}

export interface SavedQueryVersion extends SavedQuerySummary {
  sql: string;
}

export interface SavedQueryDraft {
  name: string;
  folder?: string;
  tags?: string[];
  description?: string;
  database?: string;
  sql: string;
  /** The version the editor started from; a save over a newer one is refused with 409. */
  version?: number;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
}

const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const library = {
  search: (q: string) =>
    apiGet<{ items: SavedQuerySummary[] }>(`${BASE}?q=${encodeURIComponent(q)}`).then(
      (page) => page.items,
    ),
  open: (id: string) => apiGet<SavedQueryVersion>(path(id)),
  create: (draft: SavedQueryDraft) => apiSend<{ id: string; version: number }>('POST', BASE, draft),
  save: (id: string, draft: SavedQueryDraft) => apiSend<SavedQueryVersion>('PUT', path(id), draft),
  remove: (id: string) => apiSend<void>('DELETE', path(id)),
  versions: (id: string) =>
    apiGet<{ items: SavedQueryVersion[] }>(`${path(id)}/versions`).then((page) => page.items),
  version: (id: string, version: number) =>
    apiGet<SavedQueryVersion>(`${path(id)}/versions/${version}`),
  restore: (id: string, version: number) =>
    apiSend<SavedQueryVersion>('POST', `${path(id)}/versions/${version}/restore`),
  exportFile: () => apiGet<unknown>(`${BASE}/export`),
  importFile: (file: unknown) => apiSend<ImportReport>('POST', `${BASE}/import`, file),
};

const CHANGED = 'pgdeck:library-changed';

/** Tells an open library that a Query Tool tab saved to it, so its list is not left behind. */
export function announceLibraryChange() {
  window.dispatchEvent(new Event(CHANGED));
}

export function onLibraryChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}

const LINK_PARAMETER = 'saved-query';

/**
 * The link that opens a saved query in the Query Tool of this deployment. It names the query in the page's query
 * string, which the server sees: a login that the link leads to comes back to it (a fragment would be lost there).
 */
export function savedQueryLink(id: string): string {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ [LINK_PARAMETER]: id }).toString();
  url.hash = '';
  return url.toString();
}

/** The saved query a link names, if the page was opened from one (a fragment: links copied before the query string). */
export function linkedSavedQuery(
  search: string = window.location.search,
  hash: string = window.location.hash,
): string | undefined {
  const fromQuery = new URLSearchParams(search).get(LINK_PARAMETER);
  if (fromQuery) return fromQuery;
  const match = /saved-query=([^&]+)/.exec(hash);
  return match ? decodeURIComponent(match[1]) : undefined;
}
