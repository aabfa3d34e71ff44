import { useLayoutEffect, useRef, useState } from 'react';
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
const WIDTH = 360;
const EDGE = 4;

/**
 * A node's details beside its box, in the viewport's pixels rather than the picture's, so that it stays readable at
 * any zoom; on the box's left when there is no room on its right, and moved up as far as needed to fit below.
 */
export function PlanTooltip({ id, node, analyzed, box, view, viewport }: Props) {
  const right = view.x + (box.x + box.width) * view.scale + GAP;
  const width = viewport.current?.clientWidth ?? Infinity;
  const height = viewport.current?.clientHeight ?? Infinity;
  const left =
    right + WIDTH > width ? Math.max(0, view.x + box.x * view.scale - GAP - WIDTH) : right;
  const tooltip = useRef<HTMLDivElement>(null);
  const [tall, setTall] = useState(0);
  useLayoutEffect(() => setTall(tooltip.current?.offsetHeight ?? 0), [node]);
  const top = Math.max(EDGE, Math.min(view.y + box.y * view.scale, height - tall - EDGE));
  return (
    <div
      id={id}
      role="tooltip"
      className="plan-tooltip"
      data-testid="plan-details"
      ref={tooltip}
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
