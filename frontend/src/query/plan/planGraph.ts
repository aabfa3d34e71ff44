import type { PlanNode, PlanRoot } from '../api';

/** A node's own share at or above which it is marked as hot, beside the costliest one. */
export const HOT_SHARE = 0.3;
/** How far the planner's row estimate may miss the actual rows before the node is marked. */
export const MISESTIMATE_FACTOR = 10;

const MIN_EDGE = 1;
const MAX_EDGE = 14;
const EDGE_PER_DECADE = 1.6;

export interface Misestimate {
  direction: 'under' | 'over';
  /** How many times the actual rows are above (under) or below (over) the estimate, rounded. */
  factor: number;
  text: string;
}

/** One plan node with what the picture and the list show about it. */
export interface GraphNode {
  id: string;
  parentId?: string;
  depth: number;
  plan: PlanNode;
  /** Rows the node hands to its parent: actual rows × loops when analysed, the estimate otherwise. */
  rows: number;
  /** Its total: time (ms, over all loops) when analysed, cost otherwise. */
  total: number;
  /** Its total less its children's: the work done by this node itself. */
  own: number;
  share: number;
  costliest: boolean;
  hot: boolean;
  misestimate?: Misestimate;
}

/** The rows flowing from a child into its parent; width is its stroke in pixels, on a log scale of the rows. */
export interface GraphEdge {
  from: string;
  to: string;
  rows: number;
  width: number;
}

export interface PlanGraph {
  analyzed: boolean;
  /** In plan order (parents before their children), the root first. */
  nodes: GraphNode[];
  edges: GraphEdge[];
  planningTime?: number;
  executionTime?: number;
}

export function isAnalyzed(root: PlanRoot): boolean {
  return root.Plan['Actual Loops'] !== undefined;
}

function loops(node: PlanNode): number {
  return node['Actual Loops'] ?? 1;
}

function total(node: PlanNode, analyzed: boolean): number {
  if (analyzed) return (node['Actual Total Time'] ?? 0) * loops(node);
  return node['Total Cost'] ?? 0;
}

/** Rows out of a node: per loop × loops once executed (a node never executed gave none). */
export function rowsOut(node: PlanNode, analyzed: boolean): number {
  if (analyzed) return (node['Actual Rows'] ?? 0) * loops(node);
  return node['Plan Rows'] ?? 0;
}

/** The planner's per-loop estimate against the actual per-loop rows, when they are 10× or more apart. */
export function misestimate(node: PlanNode): Misestimate | undefined {
  const estimated = node['Plan Rows'];
  const actual = node['Actual Rows'];
  // A node that never ran (loops 0) has no actual rows to compare.
  if (estimated === undefined || actual === undefined || loops(node) === 0) return undefined;
  const ratio = Math.max(actual, 1) / Math.max(estimated, 1);
  if (ratio >= MISESTIMATE_FACTOR) {
    const factor = Math.round(ratio);
    return { direction: 'under', factor, text: `${factor}× under-estimated` };
  }
  if (ratio <= 1 / MISESTIMATE_FACTOR) {
    const factor = Math.round(1 / ratio);
    return { direction: 'over', factor, text: `${factor}× over-estimated` };
  }
  return undefined;
}

/** Stroke width for rows flowing along an edge: one pixel for none, growing by a step per tenfold more rows. */
export function edgeWidth(rows: number): number {
  const width = MIN_EDGE + EDGE_PER_DECADE * Math.log10(1 + Math.max(0, rows));
  return Math.min(MAX_EDGE, Math.round(width * 10) / 10);
}

export function buildPlanGraph(root: PlanRoot): PlanGraph {
  const analyzed = isAnalyzed(root);
  const whole = analyzed
    ? (root['Execution Time'] ?? total(root.Plan, true))
    : total(root.Plan, false);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const walk = (plan: PlanNode, depth: number, parentId?: string) => {
    const id = `n${nodes.length}`;
    const children = plan.Plans ?? [];
    const own = Math.max(
      0,
      total(plan, analyzed) - children.reduce((sum, c) => sum + total(c, analyzed), 0),
    );
    const rows = rowsOut(plan, analyzed);
    nodes.push({
      id,
      parentId,
      depth,
      plan,
      rows,
      total: total(plan, analyzed),
      own,
      share: whole > 0 ? Math.min(1, own / whole) : 0,
      costliest: false,
      hot: false,
      misestimate: analyzed ? misestimate(plan) : undefined,
    });
    if (parentId) edges.push({ from: id, to: parentId, rows, width: edgeWidth(rows) });
    children.forEach((child) => walk(child, depth + 1, id));
  };
  walk(root.Plan, 0);
  const most = Math.max(...nodes.map((n) => n.own));
  for (const node of nodes) {
    node.costliest = most > 0 && node.own === most;
    node.hot = node.costliest || node.share >= HOT_SHARE;
  }
  return {
    analyzed,
    nodes,
    edges,
    planningTime: root['Planning Time'],
    executionTime: root['Execution Time'],
  };
}
