import { describe, expect, it } from 'vitest';
import { DETAIL_FROM_ZOOM, detailedIds, MAX_DETAILED } from '../../src/cytoscape/viewportDetail';

const view = { x1: 0, y1: 0, x2: 1000, y2: 1000 };
const nodes = [
  { id: 'inside', x: 500, y: 500 },
  { id: 'near', x: 1100, y: 500 }, // within the quarter-view margin
  { id: 'far', x: 5000, y: 5000 },
];
const edges = [
  { id: 'inside-far', source: 'inside', target: 'far' },
  { id: 'far-far', source: 'far', target: 'far' },
];

describe('detailedIds', () => {
  it('draws nothing in full while zoomed out', () => {
    expect(detailedIds(nodes, edges, view, DETAIL_FROM_ZOOM - 0.01).size).toBe(0);
  });

  it('draws the actors in and near the view in full, and every relation touching them', () => {
    expect([...detailedIds(nodes, edges, view, 1)].sort()).toEqual(['inside', 'inside-far', 'near']);
  });

  it('keeps the overview when too many elements are in view to restyle at once', () => {
    const crowd = Array.from({ length: MAX_DETAILED + 1 }, (_, i) => ({ id: `n${i}`, x: i % 1000, y: 10 }));
    expect(detailedIds(crowd, [], view, 1).size).toBe(0);
  });
});
