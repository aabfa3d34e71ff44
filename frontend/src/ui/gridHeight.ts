import { _getMaxDivHeight } from 'ag-stack';

/**
 * The tallest body the grid is given, in CSS pixels. Browsers place boxes exactly only up to a point: Chromium lays out
 * in device pixels as 32-bit fixed point (about 33.5 million) and draws in single floats (exact to 16.7 million), so a
 * million rows of 26 px already land a pixel apart at 150 % zoom. Past this height the grid maps the scroll position to
 * rows in proportion ("stretching"), and every row's top stays where the browser places it exactly, at 400 % zoom too.
 */
export const MAX_BODY_HEIGHT = 4_000_000;

let capped = false;

/**
 * AG Grid finds the tallest body a browser lays out by growing a probe `div` in the page's body until its height is no
 * longer what was asked; it asks once and keeps the answer. Asked here first, with the probe held to
 * {@link MAX_BODY_HEIGHT} by a class on the body (pagedGrid.css), it keeps that answer instead.
 */
export function capGridHeight(): void {
  if (capped || typeof document === 'undefined' || !document.body) return;
  capped = true;
  document.body.classList.add('paged-grid-probe');
  try {
    _getMaxDivHeight();
  } finally {
    document.body.classList.remove('paged-grid-probe');
  }
}
