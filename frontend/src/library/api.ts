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
  restore: (id: string, version: number) =>
    apiSend<SavedQueryVersion>('POST', `${path(id)}/versions/${version}/restore`),
  exportFile: () => apiGet<unknown>(`${BASE}/export`),
  importFile: (file: unknown) => apiSend<ImportReport>('POST', `${BASE}/import`, file),
};

/** The link that opens a saved query in the Query Tool of this deployment. */
export function savedQueryLink(id: string): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = `saved-query=${encodeURIComponent(id)}`;
  return url.toString();
}

/** The saved query a link names, if the page was opened from one. */
export function linkedSavedQuery(hash: string = window.location.hash): string | undefined {
  const match = /saved-query=([^&]+)/.exec(hash);
  return match ? decodeURIComponent(match[1]) : undefined;
}
