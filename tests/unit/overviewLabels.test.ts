import { describe, expect, it } from 'vitest';
import { chooseOverviewLabels, MAX_OVERVIEW_LABELS } from '../../src/cytoscape/overviewLabels';

const canvas = { width: 600, height: 400 };
const label = (id: string, x: number, y: number, width = 80) => ({ id, x, y, width, height: 16 });

describe('chooseOverviewLabels', () => {
  it('names the busiest first and skips a name that would cover one already placed', () => {
    const chosen = chooseOverviewLabels(
      [label('hub', 300, 200), label('near-hub', 320, 205), label('elsewhere', 100, 100)],
      canvas,
    );
    expect(chosen.map((l) => l.id)).toEqual(['hub', 'elsewhere']);
  });

  it('leaves out names that would run off the canvas', () => {
    expect(chooseOverviewLabels([label('edge', 10, 100), label('below', 300, 395)], canvas)).toEqual([]);
  });

  it(`names at most ${MAX_OVERVIEW_LABELS}`, () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      label(`a${i}`, 50 + (i % 5) * 110, 20 + Math.floor(i / 5) * 45),
    );
    expect(chooseOverviewLabels(many, canvas)).toHaveLength(MAX_OVERVIEW_LABELS);
  });
});
