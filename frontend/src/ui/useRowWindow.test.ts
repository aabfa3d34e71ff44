import { describe, expect, it } from 'vitest';
import { MAX_BODY_HEIGHT, rowWindow, scrollTopFor, type RowGeometry } from './useRowWindow';

const million = (scrollTop: number): RowGeometry => ({
  count: 1_000_000,
  rowHeight: 24,
  headerHeight: 26,
  scrollTop,
  viewHeight: 400,
  overscan: 3,
});

/** Where row `index` shows in the scroll element's view, from the top of the element. */
function viewTop(geometry: RowGeometry, index: number): number {
  const row = rowWindow(geometry).rows.find((r) => r.index === index);
  if (!row) throw new Error(`row ${index} is not rendered`);
  return geometry.headerHeight + row.top - geometry.scrollTop;
}

describe('rowWindow', () => {
  it('places rows of a short result where they are, one row height apart', () => {
    const placed = rowWindow({ ...million(240), count: 100 });
    expect(placed.height).toBe(2400);
    expect(placed.rows[0]).toEqual({ index: 7, top: 168 });
    expect(placed.rows.every((row) => row.top === row.index * 24)).toBe(true);
  });

  it('caps a million rows and places the last ones in whole pixels, exactly one row apart', () => {
    const bottom = 26 + MAX_BODY_HEIGHT - 400;
    const placed = rowWindow(million(bottom));
    expect(placed.height).toBe(MAX_BODY_HEIGHT);
    const last = placed.rows[placed.rows.length - 1];
    expect(last.index).toBe(999_999);
    for (const [i, row] of placed.rows.entries()) {
      expect(Number.isInteger(row.top)).toBe(true);
      expect(row.top).toBeLessThan(MAX_BODY_HEIGHT);
      if (i > 0) expect(row.top - placed.rows[i - 1].top).toBe(24);
    }
    // The last row sits at the bottom of the view, also where the browser's end is a fraction short of the computed.
    expect(viewTop(million(bottom), 999_999)).toBe(400 - 24);
    expect(viewTop(million(bottom - 0.4), 999_999)).toBeCloseTo(400 - 24, 0);
  });

  it('scrolls a far row wholly into view, at the bottom for end, the least distance for auto', () => {
    for (const index of [999_999, 654_321, 41_667]) {
      const at = million(scrollTopFor(million(0), index, 'end') ?? 0);
      expect(viewTop(at, index)).toBeGreaterThanOrEqual(26);
      expect(viewTop(at, index)).toBeLessThanOrEqual(400 - 24);
      const up = million(scrollTopFor(at, index - 100, 'auto') ?? at.scrollTop);
      expect(viewTop(up, index - 100)).toBeGreaterThanOrEqual(26);
      expect(viewTop(up, index - 100)).toBeLessThanOrEqual(400 - 24);
    }
    expect(scrollTopFor(million(0), 3, 'auto')).toBeUndefined();
  });
});
