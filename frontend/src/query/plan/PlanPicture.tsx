import { useId, useMemo, useRef, useState } from 'react';
import { Maximize, ZoomIn, ZoomOut } from 'lucide-react';
import type { PlanGraph } from './planGraph';
import { edgePath, layoutPlan } from './planLayout';
import { formatCount } from './planDetails';
import { PlanBox } from './PlanBox';
import { PlanTooltip } from './PlanTooltip';
import { usePanZoom } from './usePanZoom';
import './plan-picture.css';

/**
 * The plan as a picture: a box per node, edges from each child to its parent (the root on the right) as thick as the
 * rows that flow along them. Hovering or focusing a node shows its details.
 */
export function PlanPicture({ graph }: { graph: PlanGraph }) {
  const layout = useMemo(() => layoutPlan(graph), [graph]);
  const viewport = useRef<HTMLDivElement>(null);
  const { view, zoomIn, zoomOut, fit, handlers } = usePanZoom(viewport, layout);
  const [hovered, setHovered] = useState<string>();
  const [focused, setFocused] = useState<string>();
  const tooltipId = useId();
  const activeId = hovered ?? focused;
  const active = graph.nodes.find((n) => n.id === activeId);
  const byId = useMemo(() => new Map(graph.edges.map((e) => [`${e.from}>${e.to}`, e])), [graph]);

  return (
    <div className="plan-picture">
      <div className="plan-picture__toolbar" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={zoomOut} aria-label="Zoom out" data-testid="plan-zoom-out">
          <ZoomOut size={14} aria-hidden="true" />
        </button>
        <span className="plan-picture__scale" data-testid="plan-zoom">
          {Math.round(view.scale * 100)}%
        </span>
        <button type="button" onClick={zoomIn} aria-label="Zoom in" data-testid="plan-zoom-in">
          <ZoomIn size={14} aria-hidden="true" />
        </button>
        <button type="button" onClick={fit} data-testid="plan-fit">
          <Maximize size={14} aria-hidden="true" /> Fit
        </button>
        <span className="plan-picture__hint">
          Rows flow right · drag or arrow keys to pan · Ctrl+wheel or + − to zoom
        </span>
      </div>
      <div
        ref={viewport}
        className="plan-picture__viewport"
        tabIndex={0}
        role="group"
        aria-label="Plan picture"
        data-testid="plan-picture"
        {...handlers}
      >
        <div
          className="plan-picture__layer"
          data-testid="plan-layer"
          data-scale={view.scale}
          style={{
            width: layout.width,
            height: layout.height,
            transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`,
          }}
        >
          <svg
            className="plan-picture__edges"
            width={layout.width}
            height={layout.height}
            aria-hidden="true"
          >
            {layout.edges.map(({ from, to, points }) => {
              const edge = byId.get(`${from}>${to}`)!;
              const middle = points[Math.floor(points.length / 2)];
              return (
                <g key={`${from}>${to}`}>
                  <path
                    d={edgePath(points)}
                    strokeWidth={edge.width}
                    className="plan-picture__edge"
                    data-testid="plan-edge"
                    data-rows={edge.rows}
                  />
                  {middle && (
                    <text x={middle.x} y={middle.y - edge.width / 2 - 3} textAnchor="middle">
                      {formatCount(edge.rows)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          {graph.nodes.map((node) => (
            <PlanBox
              key={node.id}
              node={node}
              box={layout.boxes.get(node.id)!}
              analyzed={graph.analyzed}
              describedBy={node.id === activeId ? tooltipId : undefined}
              onShow={setHovered}
              onHide={(id) => setHovered((h) => (h === id ? undefined : h))}
              onFocusChange={setFocused}
            />
          ))}
        </div>
        {active && (
          <PlanTooltip
            id={tooltipId}
            node={active}
            analyzed={graph.analyzed}
            box={layout.boxes.get(active.id)!}
            view={view}
            viewport={viewport}
          />
        )}
      </div>
    </div>
  );
}
