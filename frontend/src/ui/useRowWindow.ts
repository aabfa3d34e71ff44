import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The tallest body a grid is given, in CSS pixels. Browsers place boxes exactly only up to a point: Chromium lays out
 * in device pixels as 32-bit fixed point (about 33.5 million) and draws in single floats (exact to 16.7 million), so a
 * million rows of 24 px (24 million) already land on one another at 150 % zoom, and a little apart at 125 %. Kept
 * below both at 400 % zoom; results of up to about 160,000 rows still scroll one pixel per pixel.
 */
export const MAX_BODY_HEIGHT = 4_000_000;

export interface RowGeometry {
  count: number;
  rowHeight: number;
  /** What stands above the body in the scrolled content (a sticky header). */
  headerHeight: number;
  /** The scroll element's scrollTop and clientHeight. */
  scrollTop: number;
  viewHeight: number;
  overscan: number;
}

export interface RowWindow {
  /** The rows to render, each with its top in the body in whole pixels, one row height apart. */
  rows: { index: number; top: number }[];
  /** The body's height: all rows', capped at {@link MAX_BODY_HEIGHT}. */
  height: number;
}

/**
 * How far the rows' own (uncapped) scroll position moves for each pixel the element scrolls: 1 until the rows are
 * taller than {@link MAX_BODY_HEIGHT}, then more, so that the capped body's end still shows the last row.
 */
export function scrollScale({ count, rowHeight, headerHeight, viewHeight }: RowGeometry): number {
  const whole = count * rowHeight;
  const body = Math.min(whole, MAX_BODY_HEIGHT);
  const realMax = headerHeight + body - viewHeight;
  return whole === body || realMax <= 0 ? 1 : (headerHeight + whole - viewHeight) / realMax;
}

/**
 * The rows' own scroll position. At the element's end it is the rows' end exactly: a browser's end may lie a fraction
 * of a pixel from the computed one (a zoomed page rounds clientHeight), and the scale would make that pixels.
 */
function rowsOffset(geometry: RowGeometry): number {
  const { count, rowHeight, headerHeight, scrollTop, viewHeight } = geometry;
  const scale = scrollScale(geometry);
  const realMax = headerHeight + Math.min(count * rowHeight, MAX_BODY_HEIGHT) - viewHeight;
  if (scale > 1 && scrollTop >= realMax - 1) return headerHeight + count * rowHeight - viewHeight;
  return scrollTop * scale;
}

/**
 * The rows in view (and `overscan` more each side), placed near the scroll position: however far down a row is, its
 * top stays below {@link MAX_BODY_HEIGHT}, so the browser places it exactly.
 */
export function rowWindow(geometry: RowGeometry): RowWindow {
  const { count, rowHeight, headerHeight, scrollTop, viewHeight, overscan } = geometry;
  const offset = rowsOffset(geometry);
  // Every row moves up by the same whole number of pixels: rows stay exactly one row height apart.
  const shift = Math.round(offset - scrollTop);
  const first = Math.max(0, Math.floor(offset / rowHeight) - overscan);
  const last = Math.min(
    count - 1,
    Math.floor((offset + Math.max(0, viewHeight - headerHeight)) / rowHeight) + overscan,
  );
  const rows = [];
  for (let index = first; index <= last; index++)
    rows.push({ index, top: index * rowHeight - shift });
  return { rows, height: Math.min(count * rowHeight, MAX_BODY_HEIGHT) };
}

/**
 * Where the element must scroll to bring row `index` into view: `auto` moves it only as far as needed, `end` puts it
 * at the bottom. Rounded the way that keeps the whole row in view; undefined when it is in view already.
 */
export function scrollTopFor(
  geometry: RowGeometry,
  index: number,
  align: 'auto' | 'end',
): number | undefined {
  const { rowHeight, headerHeight, viewHeight } = geometry;
  const scale = scrollScale(geometry);
  const offset = rowsOffset(geometry);
  const rowsHeight = Math.max(rowHeight, viewHeight - headerHeight);
  const top = index * rowHeight;
  const bottom = top + rowHeight - rowsHeight;
  if (align === 'auto' && top < offset) return Math.floor(top / scale);
  if (align === 'end' || top + rowHeight > offset + rowsHeight)
    return Math.max(0, Math.ceil(bottom / scale));
  return undefined;
}

/**
 * A virtual window over `count` rows of one height in the scroll element `scrollRef`: the rows to render and their
 * places, and a way to bring a row into view. It replaces a general virtualiser because rows of a million-row result
 * need a body no browser can place exactly; here the body is capped and the scroll position maps to rows in
 * proportion past that.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  options: { count: number; rowHeight: number; headerHeight: number; overscan: number },
) {
  const [view, setView] = useState({ scrollTop: 0, viewHeight: 480 });

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const read = () =>
      setView({ scrollTop: element.scrollTop, viewHeight: element.clientHeight || 480 });
    read();
    element.addEventListener('scroll', read, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(read);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, [scrollRef]);

  const { count, rowHeight, headerHeight, overscan } = options;
  const scrollToRow = useCallback(
    (index: number, align: 'auto' | 'end' = 'auto') => {
      const element = scrollRef.current;
      if (!element) return;
      const geometry = {
        count,
        rowHeight,
        headerHeight,
        overscan,
        scrollTop: element.scrollTop,
        viewHeight: element.clientHeight || 480,
      };
      const target = scrollTopFor(geometry, Math.max(0, Math.min(index, count - 1)), align);
      if (target !== undefined) element.scrollTop = target;
    },
    [scrollRef, count, rowHeight, headerHeight, overscan],
  );

  return { ...rowWindow({ ...options, ...view }), scrollToRow };
}
