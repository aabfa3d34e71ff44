import { apiGet, apiSend, isApiError } from '../api/client';
import { segment } from '../ui/paths';
import type { Preview } from '../ui/longValues';

/** Contracts of the Query Tool API (API.md, "Query Tool"). */
export type TransactionStatus = 'idle' | 'inTransaction' | 'failed';
/** A value as the API sends it; a long one as a preview, read whole on demand. */
export type CellValue = string | number | boolean | null | Preview;

export interface SessionState {
  id: string;
  database: string;
  autoCommit: boolean;
  autoRollback: boolean;
  transactionStatus: TransactionStatus;
  readOnly: boolean;
}

export interface Column {
  name: string;
  type: string;
}

export interface QueryResult {
  statementIndex: number;
  statement: string;
  columns: Column[];
  rows: CellValue[][];
  rowCount: number;
  truncated: boolean;
  command: string;
  notices: string[];
  durationMs: number;
  resultId?: string;
}

export interface QueryError {
  statementIndex: number;
  message: string;
  sqlState?: string;
  position?: number;
  scriptPosition?: number;
  detail?: string;
  hint?: string;
}

export interface Execution {
  results: QueryResult[];
  error?: QueryError;
  transactionStatus: TransactionStatus;
  messages: string[];
  durationMs: number;
}

export interface RowsPage {
  columns: Column[];
  rows: CellValue[][];
  offset: number;
  complete: boolean;
  rowCount: number;
  lost?: string;
}

export interface ExplainOptions {
  analyze?: boolean;
  verbose?: boolean;
  costs?: boolean;
  buffers?: boolean;
  timing?: boolean;
  summary?: boolean;
  settings?: boolean;
  wal?: boolean;
}

export interface ExplainResult {
  plan?: PlanRoot[];
  text?: string;
  error?: QueryError;
  transactionStatus: TransactionStatus;
  durationMs: number;
}

export interface PlanRoot {
  Plan: PlanNode;
  'Planning Time'?: number;
  'Execution Time'?: number;
}

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Alias?: string;
  'Index Name'?: string;
  'Startup Cost'?: number;
  'Total Cost'?: number;
  'Plan Rows'?: number;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

export interface HistoryEntry {
  id: number;
  database: string;
  sql: string;
  executedAt: string;
  durationMs: number;
  rowCount: number;
  outcome: 'success' | 'error' | 'cancelled';
  error?: string;
}

const db = (database: string) => `/api/v1/databases/${segment(database)}`;
const session = (id: string) => `/api/v1/query-sessions/${encodeURIComponent(id)}`;

export const queryApi = {
  open: (database: string) => apiSend<SessionState>('POST', `${db(database)}/query-sessions`, {}),
  close: (id: string) => apiSend<void>('DELETE', session(id)),
  settings: (id: string, settings: { autoCommit?: boolean; autoRollback?: boolean }) =>
    apiSend<SessionState>('PATCH', session(id), settings),
  execute: (id: string, sql: string) =>
    apiSend<Execution>('POST', `${session(id)}/executions`, { sql }),
  rows: (id: string, resultId: string, offset: number, limit: number) =>
    apiGet<RowsPage>(
      `${session(id)}/results/${encodeURIComponent(resultId)}/rows?offset=${offset}&limit=${limit}`,
    ),
  /** One value whole, however long: its row read alone with full=true. */
  wholeValue: async (id: string, resultId: string, row: number, column: number) => {
    const page = await apiGet<RowsPage>(
      `${session(id)}/results/${encodeURIComponent(resultId)}/rows?offset=${row}&limit=1&full=true`,
    );
    const value = page.rows[0]?.[column];
    return value === null || value === undefined ? null : String(value);
  },
  exportUrl: (id: string, resultId: string, format: 'csv' | 'json', name?: string) =>
    `${session(id)}/results/${encodeURIComponent(resultId)}/export?format=${format}` +
    (name ? `&name=${encodeURIComponent(name)}` : ''),
  cancel: (id: string) => apiSend<void>('POST', `${session(id)}/cancel`),
  commit: (id: string) => apiSend<SessionState>('POST', `${session(id)}/commit`),
  rollback: (id: string) => apiSend<SessionState>('POST', `${session(id)}/rollback`),
  explain: (id: string, sql: string, options: ExplainOptions) =>
    apiSend<ExplainResult>('POST', `${session(id)}/explain`, { sql, ...options }),
  history: (search: string) =>
    apiGet<HistoryEntry[]>(`/api/v1/query-history?limit=200&search=${encodeURIComponent(search)}`),
};

/** The problem code of a query session this pgdeck does not hold (ended, or opened on another replica). */
export const SESSION_NOT_HERE = 'querySessionNotHere';

export function isSessionNotHere(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && error.problem.code === SESSION_NOT_HERE;
}
