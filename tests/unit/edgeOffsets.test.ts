import { describe, expect, it } from 'vitest';
import { parallelOffsets } from '../../src/cytoscape/edgeOffsets';

describe('parallelOffsets', () => {
  it('leaves a lone relation straight', () => {
    expect(parallelOffsets([{ id: 'r1', source: 'a', target: 'b' }], 28).get('r1')).toBe(0);
  });

  it('fans relations between the same two actors out around the straight line', () => {
    const offsets = parallelOffsets(
      [
        { id: 'r1', source: 'a', target: 'b' },
        { id: 'r2', source: 'a', target: 'b' },
        { id: 'r3', source: 'a', target: 'b' },
      ],
      28,
    );
    expect([offsets.get('r1'), offsets.get('r2'), offsets.get('r3')]).toEqual([-28, 0, 28]);
  });

  it('keeps a relation running the other way on its own side of the fan', () => {
    // Offsets are measured from each edge's own source; seen along a → b, b → a's is mirrored.
    const edges = [
      { id: 'there', source: 'a', target: 'b' },
      { id: 'back', source: 'b', target: 'a' },
    ];
    const offsets = parallelOffsets(edges, 28);
    const alongAB = edges.map((e) => (e.source === 'a' ? 1 : -1) * offsets.get(e.id)!);
    expect(alongAB).toEqual([-14, 14]);
  });

  it('leaves loops to cytoscape and does not count them among the pair', () => {
    const offsets = parallelOffsets(
      [
        { id: 'loop', source: 'a', target: 'a' },
        { id: 'r1', source: 'a', target: 'b' },
      ],
      28,
    );
    expect(offsets.has('loop')).toBe(false);
    expect(offsets.get('r1')).toBe(0);
  });
});
