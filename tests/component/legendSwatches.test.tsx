import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../src/domain/relationTypes';
import { STANCE_INFO } from '../../src/domain/stances';
import { ArrowSwatch } from '../../src/features/sidebar/ArrowSwatch';
import { LineSwatch } from '../../src/features/sidebar/LineSwatch';
import { SlideKey } from '../../src/features/presentation/SlideKey';
import { loadFixture } from '../helpers/loadFixture';

/** The extent across the edge (vertical) of the arrowhead a swatch draws, in px. */
function headAcross(container: HTMLElement): number {
  const polygon = container.querySelector('polygon');
  if (polygon) {
    const ys = (polygon.getAttribute('points') ?? '').split(' ').map((p) => Number(p.split(',')[1]));
    return Math.max(...ys) - Math.min(...ys);
  }
  return 2 * Number(container.querySelector('circle')?.getAttribute('r'));
}

describe('the legend’s swatches', () => {
  it('draws every relation type’s arrowhead at least 14 px across', () => {
    const arrows = new Set(Object.values(RELATION_TYPES).map((t) => t.arrow));
    for (const arrow of arrows) {
      const { container, unmount } = render(<ArrowSwatch arrow={arrow} color="#000" />);
      expect(headAcross(container), arrow).toBeGreaterThanOrEqual(14);
      unmount();
    }
  });

  it('draws recommended and hypothetical relations differently', () => {
    const dashes = (['recommended', 'hypothetical'] as const).map((stance) => {
      const { container, unmount } = render(<LineSwatch line={STANCE_INFO[stance].line} />);
      const line = container.querySelectorAll('line');
      const dash = line[line.length - 1]?.getAttribute('stroke-dasharray');
      unmount();
      return dash;
    });
    expect(dashes[0]).toBeTruthy();
    expect(dashes[1]).toBeTruthy();
    expect(dashes[0]).not.toBe(dashes[1]);
  });
});

describe('a slide’s key', () => {
  it('keys a relation with no evidence yet as such, not by the colour of its category', async () => {
    const loaded = await loadFixture('minimal.valid.json');
    if (!loaded.ok) throw new Error('the fixture does not load');
    const [first] = loaded.dataset.relations;
    const relations = loaded.dataset.relations.map((r) => (r === first ? { ...r, evidence: [] } : r));
    const index = buildIndex({ ...loaded.dataset, relations }, loaded.spans);
    const { unmount } = render(<SlideKey index={index} relationIds={[first!.id]} />);
    const key = within(screen.getByRole('list', { name: 'Key' }));
    expect(key.getByText('No evidence yet')).toBeInTheDocument();
    expect(key.queryByText(RELATION_CATEGORIES[RELATION_TYPES[first!.type].category].label)).toBeNull();
    unmount();
    render(<SlideKey index={buildIndex(loaded.dataset, loaded.spans)} relationIds={[first!.id]} />);
    expect(screen.queryByText('No evidence yet')).toBeNull();
    expect(
      screen.getByText(RELATION_CATEGORIES[RELATION_TYPES[first!.type].category].label),
    ).toBeInTheDocument();
  });
});
