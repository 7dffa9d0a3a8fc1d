import { describe, expect, it } from 'vitest';
import { removeOverlaps, type Box } from '../../src/cytoscape/layout/overlap';

const overlaps = (a: Box, b: Box) => Math.abs(a.x - b.x) < a.hw + b.hw && Math.abs(a.y - b.y) < a.hh + b.hh;

describe('removeOverlaps', () => {
  it('separates boxes that sit on each other, even at the same point', () => {
    const boxes: Box[] = [
      { id: 'a', x: 0, y: 0, hw: 20, hh: 10 },
      { id: 'b', x: 0, y: 0, hw: 20, hh: 10 },
      { id: 'c', x: 5, y: 3, hw: 30, hh: 12 },
    ];
    expect(removeOverlaps(boxes)).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('leaves boxes that do not overlap where they are', () => {
    const boxes: Box[] = [
      { id: 'a', x: 0, y: 0, hw: 10, hh: 10 },
      { id: 'b', x: 100, y: 0, hw: 10, hh: 10 },
    ];
    expect(removeOverlaps(boxes)).toBe(0);
    expect(boxes.map((b) => [b.x, b.y])).toEqual([
      [0, 0],
      [100, 0],
    ]);
  });
});
