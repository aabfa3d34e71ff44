import { describe, expect, it } from 'vitest';
import type { PlanRoot } from '../api';
import { buildPlanGraph, edgeWidth } from './planGraph';
import { nodeDetails } from './planDetails';
import joinAnalyzed from './fixtures/join-analyze-buffers.json';
import joinCosts from './fixtures/join-costs.json';
import sortSpilling from './fixtures/sort-spilling.json';

// Real EXPLAIN output of PostgreSQL 15: a join of orders (stale statistics: 50,000 'shipped' rows the planner
// thinks are 1) and customers, ANALYZE + BUFFERS; the same join planned only; and a sort spilling to disk.
const analyzed = (joinAnalyzed as PlanRoot[])[0];
const planned = (joinCosts as PlanRoot[])[0];
const spilling = (sortSpilling as PlanRoot[])[0];

const summary = (root: PlanRoot) =>
  buildPlanGraph(root).nodes.map((n) => ({
    type: n.plan['Node Type'],
    parent: n.parentId,
    share: Number(n.share.toFixed(3)),
    costliest: n.costliest,
    hot: n.hot,
    misestimate: n.misestimate?.text,
  }));

describe('buildPlanGraph', () => {
  it('shares the execution time among the nodes by their own time, over all loops', () => {
    expect(summary(analyzed)).toEqual([
      // 125.884 − 121.043 of 130.372 ms
      {
        type: 'Aggregate',
        parent: undefined,
        share: 0.037,
        costliest: false,
        hot: false,
        misestimate: '2000× under-estimated',
      },
      // 121.043 − 60.062: the sort is the costliest
      {
        type: 'Sort',
        parent: 'n0',
        share: 0.468,
        costliest: true,
        hot: true,
        misestimate: '50000× under-estimated',
      },
      // 60.062 − 5.215 − 0.001 × 50,000 loops
      {
        type: 'Nested Loop',
        parent: 'n1',
        share: 0.037,
        costliest: false,
        hot: false,
        misestimate: '50000× under-estimated',
      },
      {
        type: 'Seq Scan',
        parent: 'n2',
        share: 0.04,
        costliest: false,
        hot: false,
        misestimate: '50000× under-estimated',
      },
      // 0.001 ms × 50,000 loops: above 30%, hot without being the costliest; 1 row per loop as estimated
      {
        type: 'Index Scan',
        parent: 'n2',
        share: 0.384,
        costliest: false,
        hot: true,
        misestimate: undefined,
      },
    ]);
  });

  it('shares the cost when the plan was not executed, and marks no misestimate', () => {
    expect(summary(planned)).toEqual([
      {
        type: 'Aggregate',
        parent: undefined,
        share: 0.039,
        costliest: false,
        hot: false,
        misestimate: undefined,
      },
      {
        type: 'Hash Join',
        parent: 'n0',
        share: 0.125,
        costliest: false,
        hot: false,
        misestimate: undefined,
      },
      // 612 of 771.41
      {
        type: 'Seq Scan',
        parent: 'n1',
        share: 0.793,
        costliest: true,
        hot: true,
        misestimate: undefined,
      },
      {
        type: 'Hash',
        parent: 'n1',
        share: 0,
        costliest: false,
        hot: false,
        misestimate: undefined,
      },
      {
        type: 'Seq Scan',
        parent: 'n3',
        share: 0.043,
        costliest: false,
        hot: false,
        misestimate: undefined,
      },
    ]);
  });

  it('marks an over-estimate as well as an under-estimate', () => {
    const root: PlanRoot = {
      'Execution Time': 1,
      Plan: {
        'Node Type': 'Seq Scan',
        'Plan Rows': 5000,
        'Actual Rows': 12,
        'Actual Loops': 1,
        'Actual Total Time': 1,
      },
    };
    expect(buildPlanGraph(root).nodes[0].misestimate).toEqual({
      direction: 'over',
      factor: 417,
      text: '417× over-estimated',
    });
  });

  it('draws an edge from each child to its parent carrying actual rows × loops, or the estimate when planned', () => {
    const flows = (root: PlanRoot) =>
      buildPlanGraph(root).edges.map(({ from, to, rows }) => [from, to, rows]);
    expect(flows(analyzed)).toEqual([
      ['n1', 'n0', 50000],
      ['n2', 'n1', 50000],
      ['n3', 'n2', 50000],
      // one row per loop, 50,000 loops
      ['n4', 'n2', 50000],
    ]);
    expect(flows(planned)).toEqual([
      ['n1', 'n0', 2000],
      ['n2', 'n1', 27200],
      ['n3', 'n1', 2000],
      ['n4', 'n3', 2000],
    ]);
    const widths = buildPlanGraph(planned).edges.map((e) => e.width);
    expect(widths[1]).toBeGreaterThan(widths[0]);
    expect(widths[0]).toBe(widths[2]);
  });
});

describe('edgeWidth', () => {
  it('grows with the logarithm of the rows, from one pixel for none, up to a bound', () => {
    expect(edgeWidth(0)).toBe(1);
    expect(edgeWidth(9)).toBeCloseTo(2.6);
    expect(edgeWidth(999)).toBeCloseTo(5.8);
    expect(edgeWidth(999_999)).toBeCloseTo(10.6);
    expect(edgeWidth(1e6) - edgeWidth(1e5)).toBeCloseTo(edgeWidth(1e5) - edgeWidth(1e4), 0);
    expect(edgeWidth(1e12)).toBe(14);
  });
});

describe('nodeDetails', () => {
  const details = (root: PlanRoot, index: number) => {
    const graph = buildPlanGraph(root);
    return Object.fromEntries(
      nodeDetails(graph.nodes[index], graph.analyzed).map((d) => [d.label, d.value]),
    );
  };

  it('shows rows, loops, timing, cost, shared buffers and the index condition of an analysed node', () => {
    expect(details(analyzed, 4)).toEqual({
      Operation: 'Index Scan',
      On: 'customers c',
      Index: 'customers_pkey',
      'Rows estimated': '1',
      'Rows actual': '1',
      Loops: '50,000',
      Time: '0.001 … 0.001 ms per loop',
      'Own time': '50 ms (38.4%)',
      Cost: '0.28 … 8.29',
      'Shared buffers': 'hit 150,000 · read 0 · dirtied 0 · written 0',
      'Index Cond': '(id = o.customer_id)',
    });
  });

  it('shows the filter and the rows it removed, and temporary blocks only where a node used them', () => {
    expect(details(analyzed, 3)).toMatchObject({
      Filter: "(status = 'shipped'::text)",
      'Rows Removed by Filter': '200',
      Misestimate: '50000× under-estimated',
    });
    expect(details(analyzed, 3)).not.toHaveProperty('Temp buffers');
    expect(details(spilling, 0)).toMatchObject({
      'Temp buffers': 'read 481 · written 548',
      'Sort Key': 'status, customer_id',
    });
  });

  it('shows the cost and the own share of a node that was only planned', () => {
    expect(details(planned, 1)).toEqual({
      Operation: 'Hash Join',
      'Rows estimated': '2,000',
      Cost: '58 … 741.41',
      'Own cost': '96.41 (12.5%)',
      'Hash Cond': '(o.customer_id = c.id)',
    });
  });
});
