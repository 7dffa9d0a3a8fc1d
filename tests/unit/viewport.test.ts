import { describe, expect, it } from 'vitest';
import { fitViewport, MAX_FIT_ZOOM, MIN_ZOOM, minZoomFor } from '../../src/cytoscape/layout/viewport';

describe('fitViewport', () => {
  it('centres the points in the canvas at the zoom that fits them', () => {
    const { zoom, pan } = fitViewport(
      [
        { x: -400, y: -200 },
        { x: 400, y: 200 },
      ],
      460,
      260,
      30,
    );
    expect(zoom).toBe(0.5);
    expect(pan).toEqual({ x: 230, y: 130 });
  });

  it('opens a small map no closer than MAX_FIT_ZOOM, so its nodes and labels keep their size', () => {
    const { zoom, pan } = fitViewport(
      [
        { x: -100, y: -50 },
        { x: 100, y: 50 },
      ],
      460,
      260,
      30,
    );
    expect(zoom).toBe(MAX_FIT_ZOOM);
    expect(pan).toEqual({ x: 230, y: 130 });
  });

  it('lets a large map be zoomed out until all of it fits, and handles 100,000 points', () => {
    const points = Array.from({ length: 100_000 }, (_, i) => ({
      x: (i % 400) * 150,
      y: Math.floor(i / 400) * 150,
    }));
    const minZoom = minZoomFor(points, 670, 668);
    expect(minZoom).toBeLessThan(MIN_ZOOM);
    expect(fitViewport(points, 670, 668, 30, minZoom).zoom).toBeGreaterThanOrEqual(minZoom);
  });

  it('never lets a small map be zoomed out further than MIN_ZOOM', () => {
    expect(
      minZoomFor(
        [
          { x: 0, y: 0 },
          { x: 200, y: 200 },
        ],
        670,
        668,
      ),
    ).toBe(MIN_ZOOM);
  });
});
