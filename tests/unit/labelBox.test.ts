import { describe, expect, it } from 'vitest';
import { estimateText, labelBox, wrapLines } from '../../src/cytoscape/layout/labelBox';
import { nodeLabelFont } from '../../src/cytoscape/labelFonts';

/** Every character 6 units wide, whatever the font: easy to reason about. */
const monospace = (text: string) => text.length * 6;

describe('wrapLines', () => {
  it('breaks at spaces as cytoscape does, a word never split', () => {
    expect(wrapLines('Belarusian opposition in exile', 60, monospace)).toEqual([
      'Belarusian',
      'opposition',
      'in exile',
    ]);
  });

  it('keeps a word longer than the width on a line of its own', () => {
    expect(wrapLines('Belaruskali', 30, monospace)).toEqual(['Belaruskali']);
  });
});

describe('labelBox', () => {
  it('is as wide as the longest line and as tall as the lines, with the gap to the node', () => {
    const font = nodeLabelFont('standard', 3);
    const box = labelBox('Belarusian opposition in exile', font, (t) => monospace(t));
    // 120 wide lines of at most 20 characters: "Belarusian opposition" is 21, so three lines.
    expect(box.w).toBe(Math.ceil(monospace('opposition in exile') + 2));
    expect(box.h).toBe(Math.ceil(2 * font.size + 2 + font.margin));
  });

  it('takes no room for an empty label', () => {
    expect(labelBox('  ', nodeLabelFont('standard', 1), estimateText)).toEqual({ w: 0, h: 0 });
  });

  it('sets large-map labels on one line, hubs larger', () => {
    const hub = labelBox('Republic of Bribribriar', nodeLabelFont('large', 1), estimateText);
    const leaf = labelBox('Republic of Bribribriar', nodeLabelFont('large', 3), estimateText);
    expect(hub.w).toBeGreaterThan(leaf.w);
    expect(leaf.h).toBe(Math.ceil(nodeLabelFont('large', 3).size + 2));
  });
});
