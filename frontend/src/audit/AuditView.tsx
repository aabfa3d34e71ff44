import { appUrl } from '../api/base';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Download, ScrollText, SquareTerminal } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import {
  AUDIT_KINDS,
  AUDIT_OUTCOMES,
  NO_FILTERS,
  auditExportUrl,
  fetchAuditPage,
  type AuditFilters,
  type AuditRecord,
} from './api';
import './audit.css';

export interface AuditViewProps {
  /** Opens a statement in a new Query Tool tab on its database. */
  onOpenQuery: (database: string, sql: string) => void;
}

/** A datetime-local value (the browser's local time) as ISO-8601 UTC, or empty. */
function toUtc(local: string): string {
  if (!local) return '';
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? '' : time.toISOString();
}

/** The audit log, newest first: filter by time range, kind, outcome and free text; export what is shown. */
export function AuditView({ onOpenQuery }: AuditViewProps) {
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const records = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => fetchAuditPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });
  const items = records.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = { ...draft, since: toUtc(draft.since), until: toUtc(draft.until) };
    setFilters(next);
    if (JSON.stringify(next) === JSON.stringify(filters)) void records.refetch();
  };
  const field = (name: keyof AuditFilters) => ({
    value: draft[name],
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <div className="feature-panel audit" data-testid="audit-view">
      <h1 className="panel-title">
        <ScrollText size={16} aria-hidden="true" />
        Audit log
      </h1>
      <form className="audit__filters" onSubmit={apply} role="search">
        <label>
          From
          <input type="datetime-local" {...field('since')} />
        </label>
        <label>
          To
          <input type="datetime-local" {...field('until')} />
        </label>
        <label>
          Kind
          <select {...field('kind')}>
            <option value="">any</option>
            {AUDIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outcome
          <select {...field('outcome')}>
            <option value="">any</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcome}
              </option>
            ))}
          </select>
        </label>
        <label>
          Text
          <input type="search" placeholder="statement, file, person…" {...field('q')} />
        </label>
        <button type="submit" className="toolbar-button">
          Search
        </button>
        <a className="toolbar-button" href={appUrl(auditExportUrl(filters, 'csv'))} download>
          <Download size={14} aria-hidden="true" />
          CSV
        </a>
        <a className="toolbar-button" href={appUrl(auditExportUrl(filters, 'json'))} download>
          <Download size={14} aria-hidden="true" />
          JSON
        </a>
      </form>
      {records.isError && (
        <div role="alert" className="muted">
          {records.error.message}
        </div>
      )}
      <div className="audit__list">
        <table className="audit__table">
          <thead>
            <tr>
              <th>Time</th>
              <th>Kind</th>
              <th>Outcome</th>
              <th>Who</th>
              <th>Database</th>
              <th>What</th>
            </tr>
          </thead>
          <tbody>
            {items.map((record) => (
              <AuditRow key={record.id} record={record} onOpenQuery={onOpenQuery} />
            ))}
          </tbody>
        </table>
        {!records.isPending && items.length === 0 && (
          <div className="empty-state">No records match.</div>
        )}
        {records.hasNextPage && (
          <button
            type="button"
            className="toolbar-button"
            disabled={records.isFetchingNextPage}
            onClick={() => void records.fetchNextPage()}
          >
            Older records
          </button>
        )}
      </div>
    </div>
  );
}

function AuditRow({ record, onOpenQuery }: { record: AuditRecord } & AuditViewProps) {
  const statement = record.kind === 'statement' && record.database;
  return (
    <tr data-testid="audit-record">
      <td title={record.at}>{new Date(record.at).toLocaleString()}</td>
      <td>{record.kind}</td>
      <td className={`audit__outcome--${record.outcome}`}>{record.outcome}</td>
      <td>
        {record.person ?? 'team'}
        {record.clientAddress && <div className="muted">{record.clientAddress}</div>}
      </td>
      <td>{record.database ?? ''}</td>
      <td>
        <div className="audit__summary">{record.summary}</div>
        {statement && (
          <button
            type="button"
            className="toolbar-button"
            onClick={() => onOpenQuery(record.database ?? '', record.summary)}
          >
            <SquareTerminal size={14} aria-hidden="true" />
            Open in Query Tool
          </button>
        )}
      </td>
    </tr>
  );
}
