import { describe, expect, it } from 'vitest';
import type { Stats } from './api';
import { KEPT_SAMPLES, addSample, emptySeries } from './samples';

function stats(at: number, commits: number): Stats {
  return {
    sampledAt: new Date(at * 1000).toISOString(),
    commits,
    rollbacks: 0,
    blocksRead: 10,
    blocksHit: 100,
    tuplesReturned: 0,
    tuplesFetched: 0,
    tuplesInserted: 0,
    tuplesUpdated: 0,
    tuplesDeleted: 0,
    active: 1,
    idle: 2,
    idleInTransaction: 0,
    preparedTransactions: [],
  };
}

describe('addSample', () => {
  it('turns counters into rates per second and keeps session counts', () => {
    const series = addSample(emptySeries(), stats(100, 50), stats(102, 70));
    expect(series.transactions.commits).toEqual([10]);
    expect(series.sessions.idle).toEqual([2]);
  });

  it('counts a reset counter as zero rather than negative', () => {
    expect(addSample(emptySeries(), stats(100, 50), stats(101, 3)).transactions.commits).toEqual([
      0,
    ]);
  });

  it('keeps a fixed number of samples however long it runs', () => {
    let series = emptySeries();
    for (let second = 1; second <= KEPT_SAMPLES + 50; second++)
      series = addSample(series, stats(second - 1, second), stats(second, second + 1));
    expect(series.times).toHaveLength(KEPT_SAMPLES);
    expect(series.blocks.hit).toHaveLength(KEPT_SAMPLES);
  });
});
