import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/domain/relationTypes';
import { STANCE_INFO } from '../../src/domain/stances';
import { ArrowSwatch } from '../../src/features/sidebar/ArrowSwatch';
import { LineSwatch } from '../../src/features/sidebar/LineSwatch';

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
