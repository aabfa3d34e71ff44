import type { RefObject } from 'react';
import type { GraphNode } from './planGraph';
import { nodeDetails } from './planDetails';
import type { Box } from './planLayout';
import type { View } from './usePanZoom';

interface Props {
  id: string;
  node: GraphNode;
  analyzed: boolean;
  box: Box;
  view: View;
  viewport: RefObject<HTMLDivElement | null>;
}

const GAP = 8;
const WIDTH = 320;

/**
 * A node's details beside its box, in the viewport's pixels rather than the picture's, so that it stays readable at
 * any zoom; on the box's left when there is no room on its right.
 */
export function PlanTooltip({ id, node, analyzed, box, view, viewport }: Props) {
  const right = view.x + (box.x + box.width) * view.scale + GAP;
  const room = viewport.current?.clientWidth ?? Infinity;
  const left =
    right + WIDTH > room ? Math.max(0, view.x + box.x * view.scale - GAP - WIDTH) : right;
  const top = Math.max(0, view.y + box.y * view.scale);
  return (
    <div
      id={id}
      role="tooltip"
      className="plan-tooltip"
      data-testid="plan-details"
      style={{ left, top, width: WIDTH }}
    >
      <dl>
        {nodeDetails(node, analyzed).map(({ label, value }) => (
          <div key={label} className="plan-tooltip__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
