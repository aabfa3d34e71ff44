import { apiGet, apiSend } from '../api/client';

/** Contract of GET /api/v1/activity/*: what the server is doing in the databases this deployment may see. */
export interface Session {
  pid: number;
  database: string;
  role: string | null;
  application: string | null;
  client: string | null;
  state: string | null;
  waitEventType: string | null;
  waitEvent: string | null;
  backendStart: string | null;
  transactionStart: string | null;
  queryStart: string | null;
  query: string;
  queryLength: number;
  blockedByCount: number;
}

export interface Lock {
  pid: number;
  database: string;
  role: string | null;
  lockType: string;
  mode: string;
  granted: boolean;
  relation: string | null;
  blockedBy: number[];
  query: string | null;
}

export interface PreparedTransaction {
  gid: string;
  database: string;
  role: string;
  prepared: string;
}

export interface Stats {
  sampledAt: string;
  commits: number;
  rollbacks: number;
  blocksRead: number;
  blocksHit: number;
  tuplesReturned: number;
  tuplesFetched: number;
  tuplesInserted: number;
  tuplesUpdated: number;
  tuplesDeleted: number;
  active: number;
  idle: number;
  idleInTransaction: number;
  preparedTransactions: PreparedTransaction[];
}

const base = '/api/v1/activity';
const narrowed = (database: string) =>
  database ? `?database=${encodeURIComponent(database)}` : '';

export const activityApi = {
  sessions: (database: string) => apiGet<Session[]>(`${base}/sessions${narrowed(database)}`),
  locks: (database: string) => apiGet<Lock[]>(`${base}/locks${narrowed(database)}`),
  stats: (database: string) => apiGet<Stats>(`${base}/stats${narrowed(database)}`),
  query: (pid: number) =>
    apiGet<{ query: string }>(`${base}/sessions/${pid}/query`).then((answer) => answer.query),
  cancel: (pid: number) => apiSend<void>('POST', `${base}/sessions/${pid}/cancel`),
  terminate: (pid: number) => apiSend<void>('POST', `${base}/sessions/${pid}/terminate`),
};
