/**
 * The room a node's label takes below it, for the layout to keep labels apart. Lines wrap
 * at spaces the way cytoscape wraps them ("text-wrap: wrap"): a word goes on the line while
 * the line stays within the width, else it starts the next. Pure; the text is measured by
 * the function given (a canvas in the browser, an estimate in tests).
 */
import { cssFont, type NodeLabelFont } from '../labelFonts';

export type MeasureText = (text: string, font: string) => number;

/**
 * Text measured on an OffscreenCanvas with the fonts the canvas draws labels in (in the
 * layout's worker, or on the page), or estimated where there is none.
 */
export function canvasMeasure(): MeasureText {
  const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateText;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

export interface Size {
  w: number;
  h: number;
}

export function labelBox(label: string, font: NodeLabelFont, measure: MeasureText): Size {
  if (!label.trim()) return { w: 0, h: 0 };
  const css = cssFont(font);
  const lines = font.maxWidth === null ? [label] : wrapLines(label, font.maxWidth, (t) => measure(t, css));
  const w = Math.max(...lines.map((line) => measure(line, css)));
  // Cytoscape sets lines one font size apart; the background adds a pixel each side.
  return { w: Math.ceil(w + 2), h: Math.ceil(lines.length * font.size + 2 + font.margin) };
}

export function wrapLines(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A stand-in for a canvas where there is none: an average glyph is about 0.56 em wide. */
export const estimateText: MeasureText = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 11);
  return text.length * size * (font.startsWith('bold') ? 0.6 : 0.56);
};
