import type { PlanNode } from '../api';
import type { GraphNode } from './planGraph';

export interface Detail {
  label: string;
  value: string;
}

const count = new Intl.NumberFormat('en-US');
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function formatCount(value: number): string {
  return count.format(value);
}

export function formatMs(value: number): string {
  return `${decimal.format(value)} ms`;
}

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function num(plan: PlanNode, key: string): number | undefined {
  const value = plan[key];
  return typeof value === 'number' ? value : undefined;
}

function text(plan: PlanNode, key: string): string | undefined {
  const value = plan[key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  return undefined;
}

/** What the node works on: its relation (with alias), index, CTE, function or subplan name. */
export function target(plan: PlanNode): string | undefined {
  const relation = plan['Relation Name'];
  if (relation) {
    const alias = plan.Alias && plan.Alias !== relation ? ` ${plan.Alias}` : '';
    const schema = text(plan, 'Schema');
    return `${schema ? `${schema}.` : ''}${relation}${alias}`;
  }
  return text(plan, 'CTE Name') ?? text(plan, 'Function Name') ?? text(plan, 'Subplan Name');
}

/** The operation as PostgreSQL's text plan names it, e.g. "Hash Join (Left)" or "Aggregate (Hashed)". */
export function operation(plan: PlanNode): string {
  const qualifier = text(plan, 'Join Type') ?? text(plan, 'Strategy') ?? text(plan, 'Command');
  const plain = !qualifier || qualifier === 'Inner' || qualifier === 'Plain';
  return plain ? plan['Node Type'] : `${plan['Node Type']} (${qualifier})`;
}

/**
 * Blocks of one kind as "hit 12 · read 3 · …"; local and temporary blocks only where there are some, as most plans
 * use none.
 */
function blocks(
  plan: PlanNode,
  prefix: string,
  kinds: string[],
  always = false,
): string | undefined {
  const parts = kinds
    .map((kind) => [kind, num(plan, `${prefix} ${kind[0].toUpperCase()}${kind.slice(1)} Blocks`)])
    .filter((entry): entry is [string, number] => entry[1] !== undefined);
  if (parts.length === 0 || (!always && parts.every(([, value]) => value === 0))) return undefined;
  return parts.map(([kind, value]) => `${kind} ${formatCount(value)}`).join(' · ');
}

const CONDITIONS = [
  'Index Cond',
  'Recheck Cond',
  'Hash Cond',
  'Merge Cond',
  'Join Filter',
  'Filter',
  'Sort Key',
  'Group Key',
];

const REMOVED = [
  'Rows Removed by Index Recheck',
  'Rows Removed by Join Filter',
  'Rows Removed by Filter',
];

/** The facts hovering a node shows: rows, loops, timing, cost, buffers and its conditions. */
export function nodeDetails(node: GraphNode, analyzed: boolean): Detail[] {
  const plan = node.plan;
  const out: Detail[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.push({ label, value });
  };
  add('Operation', operation(plan));
  add('On', target(plan));
  add('Index', plan['Index Name']);
  add(
    'Rows estimated',
    plan['Plan Rows'] === undefined ? undefined : formatCount(plan['Plan Rows']),
  );
  if (analyzed) {
    const actual = plan['Actual Rows'];
    add('Rows actual', actual === undefined ? undefined : formatCount(actual));
    add('Loops', formatCount(plan['Actual Loops'] ?? 1));
    add('Misestimate', node.misestimate?.text);
    const startup = num(plan, 'Actual Startup Time');
    const end = plan['Actual Total Time'];
    if (end !== undefined) {
      add(
        'Time',
        `${startup === undefined ? '' : `${decimal.format(startup)} … `}${formatMs(end)} per loop`,
      );
    }
    add('Own time', `${formatMs(node.own)} (${formatShare(node.share)})`);
  }
  const from = plan['Startup Cost'];
  const to = plan['Total Cost'];
  if (to !== undefined) add('Cost', from === undefined ? `${to}` : `${from} … ${to}`);
  if (!analyzed) add('Own cost', `${decimal.format(node.own)} (${formatShare(node.share)})`);
  add('Shared buffers', blocks(plan, 'Shared', ['hit', 'read', 'dirtied', 'written'], true));
  add('Local buffers', blocks(plan, 'Local', ['hit', 'read', 'dirtied', 'written']));
  add('Temp buffers', blocks(plan, 'Temp', ['read', 'written']));
  for (const key of CONDITIONS) add(key, text(plan, key));
  for (const key of REMOVED) {
    const removed = num(plan, key);
    // None removed is no news.
    add(key, removed ? formatCount(removed) : undefined);
  }
  return out;
}
