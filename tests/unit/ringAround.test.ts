import { describe, expect, it } from 'vitest';
import { RING_MIN_RADIUS, RING_SPACING, ringAround } from '../../src/cytoscape/layout/ringAround';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('arranging an actor’s neighbours around it', () => {
  it('puts a few neighbours on one ring, the first at the top, grouped then by label', () => {
    const centre = { x: 100, y: 50 };
    const places = ringAround(
      centre,
      [
        { id: 'c', group: 'coercion', label: 'Zeta' },
        { id: 'a', group: 'channel', label: 'Beta' },
        { id: 'b', group: 'coercion', label: 'Alpha' },
      ],
      ['coercion', 'channel'],
    );
    for (const place of places.values()) expect(distance(place, centre)).toBeCloseTo(RING_MIN_RADIUS);
    // Coercion first (Alpha, then Zeta), then channel: clockwise from the top.
    expect(places.get('b')!.x).toBeCloseTo(100);
    expect(places.get('b')!.y).toBeCloseTo(50 - RING_MIN_RADIUS);
    expect(places.get('c')!.x).toBeGreaterThan(100);
    expect(places.get('a')!.x).toBeLessThan(100);
  });

  it('leaves room for every label along the ring, with two rings for a crowded actor', () => {
    const neighbours = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, group: 'g', label: `N${i}` }));
    const places = [...ringAround({ x: 0, y: 0 }, neighbours).values()];
    const radii = new Set(places.map((p) => Math.round(Math.hypot(p.x, p.y))));
    expect(radii.size).toBe(2);
    // Neighbours next to each other on the same ring are at least the spacing apart.
    const sameRing = places.filter((_, i) => i % 2 === 0);
    for (let i = 1; i < sameRing.length; i++) {
      expect(distance(sameRing[i]!, sameRing[i - 1]!)).toBeGreaterThanOrEqual(RING_SPACING * 0.95);
    }
  });

  it('places nothing for an actor without neighbours', () => {
    expect(ringAround({ x: 0, y: 0 }, []).size).toBe(0);
  });
});
