import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, ACTOR_TYPE_IDS } from '../../src/domain/actorTypes';
import { arrowOutline, nodeOutline, svgPoints } from '../../src/domain/swatchGeometry';
import { RELATION_TYPES, RELATION_TYPE_IDS } from '../../src/domain/relationTypes';

describe('nodeOutline', () => {
  it('draws every actor type shape, none as a silent fallback', () => {
    for (const type of ACTOR_TYPE_IDS) {
      const shape: string = ACTOR_TYPES[type].shape;
      const outline = nodeOutline(shape);
      if (shape === 'ellipse') expect(outline.kind).toBe('ellipse');
      else expect(outline.kind, shape).not.toBe('ellipse');
    }
  });

  it('fits polygons in the unit square, as cytoscape does', () => {
    for (const [shape, corners] of [
      ['hexagon', 6],
      ['star', 10],
      ['vee', 4],
      ['diamond', 4],
    ] as const) {
      const outline = nodeOutline(shape);
      if (outline.kind !== 'polygon') throw new Error(`${shape} is not a polygon`);
      expect(outline.points).toHaveLength(corners);
      for (const [x, y] of outline.points) {
        expect(Math.abs(x)).toBeLessThanOrEqual(1 + 1e-9);
        expect(Math.abs(y)).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
  });

  it('falls back to an ellipse for a shape it does not know', () => {
    expect(nodeOutline('barrel').kind).toBe('ellipse');
  });
});

describe('arrowOutline', () => {
  it('knows every arrowhead the registry uses', () => {
    for (const type of RELATION_TYPE_IDS) {
      const arrow = RELATION_TYPES[type].arrow;
      // An unknown arrow falls back to the triangle; every other shape must differ from it.
      if (arrow !== 'triangle') expect(arrowOutline(arrow), arrow).not.toEqual(arrowOutline('triangle'));
    }
    expect(arrowOutline('circle').kind).toBe('circle');
    expect(arrowOutline('nonsense')).toEqual(arrowOutline('triangle'));
  });
});

describe('svgPoints', () => {
  it('maps and rounds points into SVG text', () => {
    expect(
      svgPoints(
        [
          [0, 0],
          [1 / 3, 1],
        ],
        ([x, y]) => [x * 10, y * 10],
      ),
    ).toBe('0,0 3.33,10');
  });
});
