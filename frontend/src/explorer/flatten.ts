import type { TreeNode } from './tree';

export type LoadState = {
  status: 'pending' | 'error' | 'success';
  data?: unknown;
  error?: unknown;
};

/** One visible line of the tree: a node, or a message under an expanding node. */
export interface Row {
  key: string;
  node: TreeNode;
  depth: number;
  expandable: boolean;
  expanded: boolean;
  /** Number of children, when known (collections show it). */
  count?: number;
  message?: 'loading' | 'error' | 'empty';
  parentKey?: string;
}

/** Children already built for a piece of fetched data, so a large listing is not rebuilt on every render. */
export type ChildCache = WeakMap<object, Map<string, TreeNode[]>>;

function childrenOf(node: TreeNode, data: unknown, cache: ChildCache): TreeNode[] {
  if (!node.children) return [];
  if (data === null || typeof data !== 'object') return node.children(data);
  let byNode = cache.get(data);
  if (!byNode) {
    byNode = new Map();
    cache.set(data, byNode);
  }
  let children = byNode.get(node.id);
  if (!children) {
    children = node.children(data);
    byNode.set(node.id, children);
  }
  return children;
}

/**
 * The visible rows, depth first: a node's children appear when it is expanded and its data (if it needs any) has
 * loaded; while loading or failed, one message row stands in for them.
 */
export function flatten(
  root: TreeNode,
  expanded: ReadonlySet<string>,
  loads: ReadonlyMap<string, LoadState>,
  cache: ChildCache,
): Row[] {
  const rows: Row[] = [];
  const visit = (node: TreeNode, depth: number, parentKey?: string) => {
    const isExpanded = node.children !== undefined && expanded.has(node.id);
    let children: TreeNode[] | undefined;
    let message: Row['message'];
    if (node.children && node.source) {
      const load = loads.get(node.source);
      if (load?.status === 'success') children = childrenOf(node, load.data, cache);
      else if (isExpanded) message = load?.status === 'error' ? 'error' : 'loading';
    } else if (node.children) {
      children = childrenOf(node, undefined, cache);
    }
    rows.push({
      key: node.id,
      node,
      depth,
      expandable: node.children !== undefined,
      expanded: isExpanded,
      count: node.count ?? (node.type === 'collection' ? children?.length : undefined),
      parentKey,
    });
    if (!isExpanded) return;
    if (message) {
      rows.push({
        key: `${node.id}#${message}`,
        node,
        depth: depth + 1,
        expandable: false,
        expanded: false,
        message,
        parentKey: node.id,
      });
      return;
    }
    if (children && children.length === 0) {
      rows.push({
        key: `${node.id}#empty`,
        node,
        depth: depth + 1,
        expandable: false,
        expanded: false,
        message: 'empty',
        parentKey: node.id,
      });
    }
    children?.forEach((child) => visit(child, depth + 1, node.id));
  };
  visit(root, 0);
  return rows;
}

/** Keeps the rows whose label contains the filter, and the rows above them, so each match keeps its path. */
export function filterRows(rows: Row[], filter: string): Row[] {
  const needle = filter.trim().toLowerCase();
  if (!needle) return rows;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const keep = new Set<string>();
  for (const row of rows) {
    if (row.message || !row.node.label.toLowerCase().includes(needle)) continue;
    for (
      let key: string | undefined = row.key;
      key && !keep.has(key);
      key = byKey.get(key)?.parentKey
    ) {
      keep.add(key);
    }
  }
  return rows.filter((row) => keep.has(row.key));
}
