import { useSyncExternalStore } from 'react';
import { apiGet, apiSend } from '../api/client';

/** One record of the audit log, as GET /api/v1/audit answers it. */
export interface AuditRecord {
  id: number;
  at: string;
  kind: string;
  outcome: 'success' | 'failure' | 'cancelled' | 'denied' | string;
  person?: string;
  clientAddress?: string;
  database?: string;
  summary: string;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditRecord[];
  next: string | null;
}

export interface AuditFilters {
  /** ISO-8601 UTC times, or empty. */
  since: string;
  until: string;
  kind: string;
  outcome: string;
  q: string;
}

export const NO_FILTERS: AuditFilters = { since: '', until: '', kind: '', outcome: '', q: '' };

export const AUDIT_KINDS = [
  'statement',
  'data-edit',
  'login',
  'logout',
  'consent',
  'identity',
  'backup',
  'restore',
  'import',
  'export',
  'maintenance',
  'storage',
  'configuration',
  'audit-export',
] as const;

export const AUDIT_OUTCOMES = ['success', 'failure', 'cancelled', 'denied'] as const;

/** The query string for {@code filters} (empty ones left out), as the page and the export share it. */
export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, ...extra })) {
    if (value.trim() !== '') params.set(name, value.trim());
  }
  return params.toString();
}

export function fetchAuditPage(filters: AuditFilters, cursor?: string): Promise<AuditPage> {
  const extra: Record<string, string> = { limit: '100' };
  if (cursor) extra.cursor = cursor;
  return apiGet<AuditPage>(`/api/v1/audit?${auditQuery(filters, extra)}`);
}

export function auditExportUrl(filters: AuditFilters, format: 'csv' | 'json'): string {
  return `/api/v1/audit/export?${auditQuery(filters, { format })}`;
}

/** The session as the server sees it; reading it does not count as activity. */
export interface SessionInfo {
  username: string;
  person: string | null;
  idleTimeoutSeconds: number;
  remainingSeconds: number;
  warnSeconds: number;
}

let current: SessionInfo | undefined;
const listeners = new Set<() => void>();

/** Reads the session and shares it with every component that shows part of it. */
export async function fetchSession(): Promise<SessionInfo> {
  const session = await apiGet<SessionInfo>('/api/v1/session');
  current = session;
  listeners.forEach((listener) => listener());
  return session;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session as last read (by the session watch), or undefined before the first read. */
export function useSessionInfo(): SessionInfo | undefined {
  return useSyncExternalStore(subscribe, () => current);
}

/** "Stay logged in": counts as activity on the server. */
export function keepAlive(): Promise<void> {
  return apiSend<void>('POST', '/api/v1/session/keep-alive');
}
