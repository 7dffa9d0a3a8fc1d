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
 * Brings the elements into view as close as they fit, but no closer than reading distance
 * and no further than the current zoom needs.
 */
export function frameElements(cy: Core, eles: Collection, { padding = 80, maxZoom = 1.6, minZoom = 0 } = {}) {
  if (eles.empty()) return;
  const box = eles.boundingBox({ includeLabels: false });
  const fit = Math.min((cy.width() - 2 * padding) / box.w, (cy.height() - 2 * padding) / box.h);
  const zoom = Math.max(minZoom, Math.min(Math.max(fit, cy.minZoom()), Math.max(cy.zoom(), 1.1), maxZoom));
  cy.stop();
  cy.animate({ center: { eles }, zoom }, { duration: animationMs(350) });
}

/**
 * Fits what is shown, never closer than a map opens (a few actors would fill the screen);
 * animated unless the reader asked for less motion, and cut short by any pan or zoom.
 */
export function fitVisible(cy: Core, padding = 30) {
  const eles = cy.elements(':visible');
  if (eles.empty()) return;
  const box = eles.boundingBox({ includeLabels: false });
  const fit = Math.min(
    (cy.width() - 2 * padding) / Math.max(box.w, 1),
    (cy.height() - 2 * padding) / Math.max(box.h, 1),
  );
  const zoom = Math.max(cy.minZoom(), Math.min(fit, MAX_FIT_ZOOM));
  cy.stop();
  cy.animate({ center: { eles }, zoom }, { duration: animationMs(300) });
}
