import { describe, expect, it } from 'vitest';
import { fitToBox } from '../../src/features/presentation/fitToBox';

/** An element whose content height follows its --fit, as the slide's CSS makes it. */
function box(contentAtFull: number) {
  const element = document.createElement('div');
  Object.defineProperty(element, 'scrollHeight', {
    get: () => contentAtFull * Number(element.style.getPropertyValue('--fit') || 1),
  });
  return element;
}

describe('fitting a slide or a handout page to its box', () => {
  it('leaves content that fits at full size', () => {
    expect(fitToBox(box(500), 600)).toBe(1);
  });

  it('shrinks in steps until the content fits', () => {
    const element = box(900);
    expect(fitToBox(element, 600)).toBe(0.65);
    expect(element.style.getPropertyValue('--fit')).toBe('0.65');
  });

  it('never goes below its minimum, however much there is', () => {
    expect(fitToBox(box(5000), 600, { min: 0.6 })).toBe(0.6);
  });
});
