import { useSyncExternalStore } from 'react';
import type { TreeNode } from './tree';

/** The node selected in the Object Explorer, shared with the Properties tab and other features. */
let selected: TreeNode | undefined;
const listeners = new Set<() => void>();

export function selectNode(node: TreeNode | undefined): void {
  if (node === selected) return;
  selected = node;
  listeners.forEach((listener) => listener());
}

export function useSelectedNode(): TreeNode | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => selected,
  );
}
