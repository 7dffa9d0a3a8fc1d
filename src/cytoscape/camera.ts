/** Camera moves shared by the view hooks: how long they take, and framing a set of elements. */
import type { Collection, Core } from 'cytoscape';
import { MAX_FIT_ZOOM } from './layout/viewport';

/** The duration of an animation, or 0 for readers who asked the system for less motion. */
export function animationMs(ms: number): number {
  const reduce =
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : ms;
}

/**
 * The part of the canvas the reader can see, in rendered pixels: on a narrow window a sheet
 * (details, the list…) covers the lower part of the map, and a camera move that centred on
 * the whole canvas would put what was chosen under it.
 */
export function visibleSize(cy: Core): { w: number; h: number } {
  const w = cy.width();
  const h = cy.height();
  const container = cy.container();
  const sheet = document.querySelector('.sheet');
  if (!container || !sheet) return { w, h };
  const covered = container.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top;
  // Never less than a third of the canvas: a sheet taller than that is the reader's choice.
  return { w, h: Math.max(h / 3, h - Math.max(0, covered)) };
}

/** Moves the camera so the elements' centre is at the centre of the visible part, at `zoom`. */
function glide(cy: Core, eles: Collection, zoom: number, ms: number) {
  const box = eles.boundingBox({ includeLabels: false });
  const { w, h } = visibleSize(cy);
  const pan = { x: w / 2 - ((box.x1 + box.x2) / 2) * zoom, y: h / 2 - ((box.y1 + box.y2) / 2) * zoom };
  cy.stop();
  cy.animate({ zoom, pan }, { duration: animationMs(ms) });
}

/**
 * Brings the elements into view as close as they fit, but no closer than reading distance
 * and no further than the current zoom needs.
 */
export function frameElements(cy: Core, eles: Collection, { padding = 80, maxZoom = 1.6, minZoom = 0 } = {}) {
  if (eles.empty()) return;
  const box = eles.boundingBox({ includeLabels: false });
  const { w, h } = visibleSize(cy);
  const fit = Math.min((w - 2 * padding) / Math.max(box.w, 1), (h - 2 * padding) / Math.max(box.h, 1));
  const zoom = Math.max(minZoom, Math.min(Math.max(fit, cy.minZoom()), Math.max(cy.zoom(), 1.1), maxZoom));
  glide(cy, eles, zoom, 350);
}

/**
 * Fits the elements in the visible part of the canvas, never closer than `maxZoom` (two
 * actors would otherwise fill a projector); over `ms`, or at once with reduced motion.
 */
export function fitElements(
  cy: Core,
  eles: Collection,
  { padding = 30, maxZoom = MAX_FIT_ZOOM, ms = 300 } = {},
) {
  if (eles.empty()) return;
  // Cytoscape reads its container's size only now and then: a canvas just narrowed for a
  // slide panel would otherwise be fitted at its old width.
  cy.resize();
  const box = eles.boundingBox({ includeLabels: false });
  const { w, h } = visibleSize(cy);
  const fit = Math.min((w - 2 * padding) / Math.max(box.w, 1), (h - 2 * padding) / Math.max(box.h, 1));
  glide(cy, eles, Math.max(cy.minZoom(), Math.min(fit, maxZoom)), ms);
}

/**
 * Fits what is shown, never closer than a map opens (a few actors would fill the screen);
 * animated unless the reader asked for less motion, and cut short by any pan or zoom.
 */
export function fitVisible(cy: Core, padding = 30) {
  fitElements(cy, cy.elements(':visible'), { padding });
}
