/**
 * Shrinks what is in a box until it fits: sets `--fit` on the element (1, then down in steps
 * to `min`) while its content is taller than `maxHeight`. The element's CSS scales its font
 * by `--fit`. A slide read from across a room and a handout page printed on one sheet both
 * need all of their text and footnotes without scrolling or a second page. Returns the scale.
 */
export function fitToBox(
  element: HTMLElement,
  maxHeight: number,
  { min = 0.6, step = 0.05 }: { min?: number; step?: number } = {},
): number {
  let scale = 1;
  element.style.setProperty('--fit', '1');
  while (element.scrollHeight > maxHeight + 1 && scale - step >= min - 1e-9) {
    scale = Math.round((scale - step) * 100) / 100;
    element.style.setProperty('--fit', String(scale));
  }
  return scale;
}
