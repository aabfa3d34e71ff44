import type { PlanGraph } from './planGraph';
import { formatMs, formatShare, operation } from './planDetails';

/** The plan as an indented list of its nodes, each with its rows, timing or cost and its share. */
export function PlanList({ graph }: { graph: PlanGraph }) {
  const { analyzed } = graph;
  return (
    <div className="plan__tree" role="tree" aria-label="Plan">
      {graph.nodes.map((node) => {
        const { plan, depth, own, share } = node;
        return (
          <div
            key={node.id}
            role="treeitem"
            aria-level={depth + 1}
            aria-selected={false}
            className={node.hot ? 'plan-node plan-node--hot' : 'plan-node'}
            data-testid="plan-node"
            style={{ marginLeft: depth * 18 }}
          >
            <div className="plan-node__title">
              <strong>{operation(plan)}</strong>
              {plan['Relation Name'] && <span> on {plan['Relation Name']}</span>}
              {plan['Index Name'] && <span> using {plan['Index Name']}</span>}
              <span className="plan-node__share">{formatShare(share)}</span>
            </div>
            <div className="plan-node__facts">
              <span>estimated rows {plan['Plan Rows'] ?? '–'}</span>
              {analyzed && (
                <>
                  <span>
                    actual rows {plan['Actual Rows'] ?? '–'} × {plan['Actual Loops'] ?? 1} loops
                  </span>
                  <span>time {formatMs(node.total)}</span>
                  <span>own {formatMs(own)}</span>
                </>
              )}
              {!analyzed && <span>cost {plan['Total Cost']}</span>}
              {node.misestimate && (
                <span className="plan-node__warning">{node.misestimate.text}</span>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
