import type { ReactNode } from 'react';
import type { Capabilities, Deployment } from '../api/types';
import type { Tab } from '../app/tabs';
import { actionKey, type TreeNode } from './tree';

/** What an action gets when its menu item is chosen. */
export interface NodeActionContext {
  node: TreeNode;
  deployment: Deployment;
  /** Refetches what the node shows (and what is under it). */
  refresh: () => void;
  /** Refetches what the node's parent shows: after creating or dropping something in it. */
  refreshParent: () => void;
  /** Opens a tab in the main area. */
  openTab: (tab: Tab) => void;
  /** Shows a modal dialog; render gets the function that closes it. */
  openDialog: (render: (close: () => void) => ReactNode) => void;
}

export type ActionGroup = 'general' | 'create' | 'tools' | 'scripts' | 'danger';

export interface NodeAction {
  /** Unique per node key; registering the same id again replaces the earlier action. */
  id: string;
  label: string | ((context: NodeActionContext) => string);
  group?: ActionGroup;
  /** Order inside the group; lower first. */
  order?: number;
  /** Capabilities that must all be true; otherwise the item is absent (the API refuses anyway). */
  requires?: (keyof Capabilities)[];
  /** Further condition on the node, e.g. only tables that are partitioned. */
  when?: (context: NodeActionContext) => boolean;
  run: (context: NodeActionContext) => void;
}

const GROUP_ORDER: ActionGroup[] = ['general', 'create', 'tools', 'scripts', 'danger'];
const registry = new Map<string, Map<string, NodeAction>>();

/**
 * Adds an item to the context menu of every node of the given keys: a node type ('table', 'schema', 'database',
 * 'column', ...), 'collection:<child type>' for the folders ('collection:table' is the Tables folder), or '*' for
 * every node. Answers a function that removes it again.
 */
export function registerNodeAction(keys: string | string[], action: NodeAction): () => void {
  const list = Array.isArray(keys) ? keys : [keys];
  for (const key of list) {
    if (!registry.has(key)) registry.set(key, new Map());
    registry.get(key)!.set(action.id, action);
  }
  return () => {
    for (const key of list) {
      if (registry.get(key)?.get(action.id) === action) registry.get(key)!.delete(action.id);
    }
  };
}

/** The actions shown for a node here: those registered for it, allowed by the deployment, in menu order. */
export function nodeActions(context: NodeActionContext): NodeAction[] {
  const found = new Map<string, NodeAction>();
  for (const key of ['*', actionKey(context.node)]) {
    registry.get(key)?.forEach((action, id) => found.set(id, action));
  }
  const capabilities = context.deployment.capabilities;
  return [...found.values()]
    .filter((action) => (action.requires ?? []).every((capability) => capabilities[capability]))
    .filter((action) => !action.when || action.when(context))
    .sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.group ?? 'general') - GROUP_ORDER.indexOf(b.group ?? 'general') ||
        (a.order ?? 100) - (b.order ?? 100),
    );
}

export function actionLabel(action: NodeAction, context: NodeActionContext): string {
  return typeof action.label === 'function' ? action.label(context) : action.label;
}
