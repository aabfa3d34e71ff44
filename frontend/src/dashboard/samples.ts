import type { Stats } from './api';

/** How many samples a chart keeps: a fixed ring, so an open dashboard's memory does not grow. */
export const KEPT_SAMPLES = 120;

export interface Series {
  /** Seconds since the epoch, one per sample. */
  times: number[];
  sessions: { active: number[]; idle: number[]; idleInTransaction: number[] };
  transactions: { commits: number[]; rollbacks: number[] };
  tuples: Record<'returned' | 'fetched' | 'inserted' | 'updated' | 'deleted', number[]>;
  blocks: { read: number[]; hit: number[] };
}

export function emptySeries(): Series {
  return {
    times: [],
    sessions: { active: [], idle: [], idleInTransaction: [] },
    transactions: { commits: [], rollbacks: [] },
    tuples: { returned: [], fetched: [], inserted: [], updated: [], deleted: [] },
    blocks: { read: [], hit: [] },
  };
}

function push(values: number[], value: number) {
  values.push(value);
  if (values.length > KEPT_SAMPLES) values.shift();
}

/** Per second, from two readings of a counter; a counter that went back (a stats reset) counts as zero. */
function rate(now: number, before: number, seconds: number) {
  return seconds > 0 && now >= before ? (now - before) / seconds : 0;
}

/** Adds a sample: session counts as they are, counters as rates since the previous sample. */
export function addSample(series: Series, previous: Stats | undefined, stats: Stats): Series {
  if (!previous) return series;
  const seconds = (Date.parse(stats.sampledAt) - Date.parse(previous.sampledAt)) / 1000;
  const r = (key: keyof Stats) => rate(stats[key] as number, previous[key] as number, seconds);
  push(series.times, Date.parse(stats.sampledAt) / 1000);
  push(series.sessions.active, stats.active);
  push(series.sessions.idle, stats.idle);
  push(series.sessions.idleInTransaction, stats.idleInTransaction);
  push(series.transactions.commits, r('commits'));
  push(series.transactions.rollbacks, r('rollbacks'));
  push(series.tuples.returned, r('tuplesReturned'));
  push(series.tuples.fetched, r('tuplesFetched'));
  push(series.tuples.inserted, r('tuplesInserted'));
  push(series.tuples.updated, r('tuplesUpdated'));
  push(series.tuples.deleted, r('tuplesDeleted'));
  push(series.blocks.read, r('blocksRead'));
  push(series.blocks.hit, r('blocksHit'));
  return { ...series };
}
