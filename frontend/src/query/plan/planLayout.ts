import dagre from '@dagrejs/dagre';
import type { PlanGraph } from './planGraph';

export const BOX_WIDTH = 220;
export const BOX_HEIGHT = 78;

export interface Point {
  x: number;
  y: number;
}

/** A node's box: its top-left corner and size. */
export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RoutedEdge {
  from: string;
  to: string;
  points: Point[];
}

export interface PlanLayout {
  width: number;
  height: number;
  boxes: Map<string, Box>;
  edges: RoutedEdge[];
}

const MARGIN = 16;

/**
 * Places the plan with dagre: rows flow left to right along the edges, from each child into its parent, the root on the
 * right; across rather than down, as the Query Tool's output pane is wider than it is tall.
 */
export function layoutPlan(graph: PlanGraph): PlanLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 64, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: BOX_WIDTH, height: BOX_HEIGHT });
  for (const edge of graph.edges) g.setEdge(edge.from, edge.to);
  dagre.layout(g);

  const boxes = new Map<string, Box>();
  for (const node of graph.nodes) {
    // dagre gives each node's centre.
    const { x, y, width, height } = g.node(node.id);
    boxes.set(node.id, { id: node.id, x: x - width / 2, y: y - height / 2, width, height });
  }
  const edges = graph.edges.map(({ from, to }) => ({
    from,
    to,
    points: (g.edge(from, to).points ?? []).map(({ x, y }: Point) => ({ x, y })),
  }));
  const label = g.graph();
  return { width: label.width ?? 0, height: label.height ?? 0, boxes, edges };
}

/** An SVG path through the edge's points, smoothed between its inner points. */
export function edgePath(points: Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  if (rest.length < 2)
    return `M${first.x},${first.y}${rest.map((p) => ` L${p.x},${p.y}`).join('')}`;
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const mid = { x: (rest[i].x + rest[i + 1].x) / 2, y: (rest[i].y + rest[i + 1].y) / 2 };
    d += ` Q${rest[i].x},${rest[i].y} ${mid.x},${mid.y}`;
  }
  const last = rest[rest.length - 1];
  return `${d} L${last.x},${last.y}`;
}
