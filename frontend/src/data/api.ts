import { appUrl } from '../api/base';
import { apiGet, apiSend } from '../api/client';
import { logUrl } from '../jobs/api';
import { importedRows, type ImportRequest } from './importOptions';
import type { DataTarget, Filter, SortTerm } from './types';
import { segment } from '../ui/paths';

export interface RowsQuery {
  sort: SortTerm[];
  filters: Filter[];
  where: string;
}

function base(target: DataTarget): string {
  const part = segment;
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

/** Queues the import of a storage file as a job; the job's end says whether every line went in (or none did). */
export function startImport(
  target: DataTarget,
  request: ImportRequest,
): Promise<{ jobId: number }> {
  return apiSend<{ jobId: number }>('POST', importUrl(target), request);
}

/** What a finished import did, from its log: "Imported 2 rows." */
export async function importSummary(jobId: number): Promise<string> {
  const response = await fetch(appUrl(logUrl(jobId)), { credentials: 'same-origin' });
  const rows = response.ok ? importedRows(await response.text()) : undefined;
  return rows === undefined
    ? `Import job ${jobId} succeeded.`
    : `Imported ${rows} row${rows === 1 ? '' : 's'}.`;
}

/** One value whole, however long: its row read alone (same filter and order) with full=true. */
export async function wholeValue(
  target: DataTarget,
  query: RowsQuery,
  offset: number,
  column: number,
): Promise<string | null> {
  const page = await apiGet<{ rows: unknown[][] }>(
    `${rowsUrl(target, query, { offset, limit: 1 })}&full=true`,
  );
  const value = page.rows[0]?.[column];
  return value === null || value === undefined ? null : String(value);
}
