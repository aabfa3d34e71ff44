import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';

export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
export const ZOOM_STEP = 1.25;
const PAN_STEP = 40;
const FIT_PADDING = 16;

const clamp = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** Zooms by {@code factor} keeping the content point under {@code at} (viewport pixels) where it was. */
export function zoomAround(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clamp(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio };
}

/** The view that shows the whole content, centred, never magnified beyond its natural size. */
export function fitView(
  content: { width: number; height: number },
  viewport: { width: number; height: number },
): View {
  if (viewport.width <= 0 || viewport.height <= 0 || content.width <= 0)
    return { scale: 1, x: 0, y: 0 };
  const scale = clamp(
    Math.min(
      1,
      (viewport.width - 2 * FIT_PADDING) / content.width,
      (viewport.height - 2 * FIT_PADDING) / content.height,
    ),
  );
  return {
    scale,
    x: (viewport.width - content.width * scale) / 2,
    y: Math.max(FIT_PADDING, (viewport.height - content.height * scale) / 2),
  };
}

const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
};

/**
 * Zoom and pan of a picture inside {@code viewport}: buttons, Ctrl/Cmd + wheel around the pointer, dragging, arrow
 * keys (and + - 0) while the picture or one of its nodes has focus.
 */
export function usePanZoom(
  viewport: RefObject<HTMLDivElement | null>,
  content: { width: number; height: number },
) {
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ pointer: number; x: number; y: number } | undefined>(undefined);

  const centre = () => {
    const rect = viewport.current?.getBoundingClientRect();
    return { x: (rect?.width ?? 0) / 2, y: (rect?.height ?? 0) / 2 };
  };
  const zoom = (factor: number) => setView((v) => zoomAround(v, factor, centre()));
  const fit = useCallback(() => {
    const rect = viewport.current?.getBoundingClientRect();
    setView(fitView(content, { width: rect?.width ?? 0, height: rect?.height ?? 0 }));
  }, [viewport, content]);

  useEffect(fit, [fit]);

  // React's wheel listeners are passive: a zooming wheel must be able to keep the page from scrolling.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const at = { x: event.clientX - rect.left, y: event.clientY - rect.top };
      setView((v) => zoomAround(v, event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, at));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [viewport]);

  const onKeyDown = (event: KeyboardEvent) => {
    const pan = PAN_KEYS[event.key];
    if (pan) setView((v) => ({ ...v, x: v.x + pan[0], y: v.y + pan[1] }));
    else if (event.key === '+' || event.key === '=') zoom(ZOOM_STEP);
    else if (event.key === '-') zoom(1 / ZOOM_STEP);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const from = drag.current;
    if (!from || from.pointer !== event.pointerId) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    if (dx === 0 && dy === 0) return;
    // Captured only once it moves, so that a plain click still reaches (and focuses) the node under it.
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    drag.current = { ...from, x: event.clientX, y: event.clientY };
    setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };

  return {
    view,
    zoomIn: () => zoom(ZOOM_STEP),
    zoomOut: () => zoom(1 / ZOOM_STEP),
    fit,
    handlers: {
      onKeyDown,
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
    },
  };
}
