import type { CSSProperties } from 'react';
import type { GraphNode } from './planGraph';
import { formatCount, formatShare, operation, target } from './planDetails';
import type { Box } from './planLayout';

interface Props {
  node: GraphNode;
  box: Box;
  analyzed: boolean;
  describedBy?: string;
  onShow: (id: string) => void;
  onHide: (id: string) => void;
  onFocusChange: (id: string | undefined) => void;
}

function rowsLine(node: GraphNode, analyzed: boolean): string {
  const plan = node.plan;
  const estimated = formatCount(plan['Plan Rows'] ?? 0);
  if (!analyzed) return `rows ${estimated} · cost ${plan['Total Cost'] ?? '–'}`;
  const loops = plan['Actual Loops'] ?? 1;
  const actual = `actual rows ${formatCount(plan['Actual Rows'] ?? 0)}`;
  return `${actual}${loops === 1 ? '' : ` × ${formatCount(loops)}`} · est ${estimated}`;
}

/** One plan node as a focusable box: operation, what it reads, rows, its share and its warnings. */
export function PlanBox({
  node,
  box,
  analyzed,
  describedBy,
  onShow,
  onHide,
  onFocusChange,
}: Props) {
  const plan = node.plan;
  const on = target(plan);
  const classes = ['plan-box'];
  if (node.hot) classes.push('plan-box--hot');
  if (node.costliest) classes.push('plan-box--costliest');
  const style = {
    left: box.x,
    top: box.y,
    width: box.width,
    height: box.height,
    '--heat': `${Math.round(node.share * 100)}%`,
  } as CSSProperties;
  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={style}
      data-testid="plan-node"
      data-node={node.id}
      aria-describedby={describedBy}
      onMouseEnter={() => onShow(node.id)}
      onMouseLeave={() => onHide(node.id)}
      onFocus={() => onFocusChange(node.id)}
      onBlur={() => onFocusChange(undefined)}
    >
      <span className="plan-box__title">
        <strong className="plan-box__op" data-testid="plan-node-op">
          {operation(plan)}
        </strong>
        <span className="plan-box__share">{formatShare(node.share)}</span>
      </span>
      <span className="plan-box__target" data-testid="plan-node-target">
        {on && `on ${on}`}
        {plan['Index Name'] && ` using ${plan['Index Name']}`}
      </span>
      <span className="plan-box__rows">{rowsLine(node, analyzed)}</span>
      <span className="plan-box__badges">
        {node.costliest && (
          <span className="plan-box__badge plan-box__badge--cost" data-testid="plan-costliest">
            costliest
          </span>
        )}
        {node.misestimate && (
          <span
            className="plan-box__badge plan-box__badge--estimate"
            data-testid="plan-misestimate"
            title={`Rows ${node.misestimate.text}: planned ${formatCount(plan['Plan Rows'] ?? 0)} per loop, got ${formatCount(plan['Actual Rows'] ?? 0)}`}
          >
            ⚠ {node.misestimate.text}
          </span>
        )}
      </span>
    </button>
  );
}
