import { useState } from 'react';
import type { ExplainResult, PlanNode, PlanRoot } from './api';
import './plan.css';

/** A node's own share of the work: time when the plan was executed, cost otherwise. */
interface Measured {
  node: PlanNode;
  depth: number;
  own: number;
  share: number;
}

const HOT_SHARE = 0.3;

function total(node: PlanNode, analyzed: boolean): number {
  if (analyzed) return (node['Actual Total Time'] ?? 0) * (node['Actual Loops'] ?? 1);
  return node['Total Cost'] ?? 0;
}

function measure(root: PlanRoot, analyzed: boolean): Measured[] {
  const whole = analyzed
    ? (root['Execution Time'] ?? total(root.Plan, true))
    : total(root.Plan, false) || 1;
  const out: Measured[] = [];
  const walk = (node: PlanNode, depth: number) => {
    const children = node.Plans ?? [];
    const own = Math.max(
      0,
      total(node, analyzed) - children.reduce((s, c) => s + total(c, analyzed), 0),
    );
    out.push({ node, depth, own, share: whole > 0 ? own / whole : 0 });
    children.forEach((child) => walk(child, depth + 1));
  };
  walk(root.Plan, 0);
  return out;
}

function misestimate(node: PlanNode): string | undefined {
  const estimated = node['Plan Rows'];
  const actual = node['Actual Rows'];
  if (estimated === undefined || actual === undefined) return undefined;
  const ratio = Math.max(actual, 1) / Math.max(estimated, 1);
  if (ratio >= 10) return `${Math.round(ratio)}× under-estimated`;
  if (ratio <= 0.1) return `${Math.round(1 / ratio)}× over-estimated`;
  return undefined;
}

export function PlanView({ explain }: { explain: ExplainResult }) {
  const [raw, setRaw] = useState<'text' | 'json'>('text');
  const root = explain.plan?.[0];
  if (!root) return null;
  const analyzed = root.Plan['Actual Loops'] !== undefined;
  const nodes = measure(root, analyzed);
  const hottest = Math.max(...nodes.map((n) => n.own));
  return (
    <div className="plan" data-testid="plan">
      <div className="plan__tree" role="tree" aria-label="Plan">
        <div className="plan__summary">
          {analyzed ? 'EXPLAIN ANALYZE' : 'EXPLAIN'}
          {root['Planning Time'] !== undefined && ` · planning ${root['Planning Time']} ms`}
          {root['Execution Time'] !== undefined && ` · execution ${root['Execution Time']} ms`}
        </div>
        {nodes.map(({ node, depth, own, share }, i) => {
          const hot = share >= HOT_SHARE || (own === hottest && own > 0);
          const warning = misestimate(node);
          return (
            <div
              key={i}
              role="treeitem"
              aria-level={depth + 1}
              className={hot ? 'plan-node plan-node--hot' : 'plan-node'}
              data-testid="plan-node"
              style={{ marginLeft: depth * 18 }}
            >
              <div className="plan-node__title">
                <strong>{node['Node Type']}</strong>
                {node['Relation Name'] && <span> on {node['Relation Name']}</span>}
                {node['Index Name'] && <span> using {node['Index Name']}</span>}
                <span className="plan-node__share">{(share * 100).toFixed(1)}%</span>
              </div>
              <div className="plan-node__facts">
                <span>estimated rows {node['Plan Rows'] ?? '–'}</span>
                {analyzed && (
                  <>
                    <span>
                      actual rows {node['Actual Rows'] ?? '–'} × {node['Actual Loops'] ?? 1} loops
                    </span>
                    <span>time {(total(node, true) || 0).toFixed(3)} ms</span>
                    <span>own {own.toFixed(3)} ms</span>
                  </>
                )}
                {!analyzed && <span>cost {node['Total Cost']}</span>}
                {warning && <span className="plan-node__warning">{warning}</span>}
              </div>
            </div>
          );
        })}
      </div>
      <div className="plan__raw">
        <div className="segmented" role="tablist" aria-label="Raw plan">
          {(['text', 'json'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              role="tab"
              aria-selected={raw === kind}
              onClick={() => setRaw(kind)}
            >
              {kind === 'text' ? 'Text' : 'JSON'}
            </button>
          ))}
        </div>
        <pre className="plan__pre" data-testid={`plan-${raw}`}>
          {raw === 'text' ? explain.text : JSON.stringify(explain.plan, null, 2)}
        </pre>
      </div>
    </div>
  );
}
