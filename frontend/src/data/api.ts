import { ApiError, CSRF_HEADER, csrfToken, type ProblemDetail } from '../api/client';
import type { DataTarget, Filter, SortTerm } from './types';

export interface RowsQuery {
  sort: SortTerm[];
  filters: Filter[];
  where: string;
}

function base(target: DataTarget): string {
  const part = encodeURIComponent;
  return `/api/v1/databases/${part(target.database)}/schemas/${part(target.schema)}/${target.kind}/${part(target.relation)}`;
}

/** `col,-col2` as the API reads it. */
export function sortParam(sort: SortTerm[]): string {
  return sort.map((term) => (term.descending ? '-' : '') + term.column).join(',');
}

function params(query: RowsQuery, extra: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(extra)) {
    if (value !== undefined) search.set(name, String(value));
  }
  if (query.sort.length) search.set('sort', sortParam(query.sort));
  if (query.filters.length) search.set('filter', JSON.stringify(query.filters));
  if (query.where.trim()) search.set('where', query.where);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function rowsUrl(
  target: DataTarget,
  query: RowsQuery,
  page: { offset: number; limit: number; after?: string },
): string {
  return `${base(target)}/rows${params(query, page.after ? { limit: page.limit, after: page.after } : { offset: page.offset, limit: page.limit })}`;
}

export function countUrl(target: DataTarget, query: RowsQuery): string {
  return `${base(target)}/count${params({ ...query, sort: [] })}`;
}

export function exportUrl(target: DataTarget, query: RowsQuery, format: 'csv' | 'json'): string {
  return `${base(target)}/export${params(query, { format })}`;
}

export function changesUrl(target: DataTarget): string {
  return `${base(target)}/changes`;
}

export function importUrl(target: DataTarget): string {
  return `${base(target)}/import`;
}

/**
 * Sends a CSV file (its first line naming the columns) to be imported in one COPY: all of it, or nothing and the bad
 * line's number in the error.
 */
export async function importCsv(target: DataTarget, file: Blob): Promise<{ rowsImported: number }> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Content-Type': 'text/csv',
  };
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  const response = await fetch(importUrl(target), {
    method: 'POST',
    headers,
    body: file,
    credentials: 'same-origin',
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body as ProblemDetail);
  return body as { rowsImported: number };
}
