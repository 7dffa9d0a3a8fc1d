/**
 * Keeping the stylesheet in step with the zoom (label size and tiers) without restyling
 * every element on every wheel tick: styles are rebuilt only when the zoom moves to
 * another 5% bucket.
 */
import type { Core } from 'cytoscape';
import { buildStylesheet } from './stylesheet';

const builtFor = new WeakMap<Core, number>();
const bucketOf = (zoom: number) => Math.round(Math.log(zoom) / Math.log(1.05));

/** Records that an instance was created with the stylesheet for this zoom. */
export function rememberStyleZoom(cy: Core, zoom: number) {
  builtFor.set(cy, bucketOf(zoom));
}

/** Restyles for the current zoom when it has moved to another bucket. */
export function applyZoomStyle(cy: Core) {
  const zoom = cy.zoom();
  if (builtFor.get(cy) === bucketOf(zoom)) return;
  builtFor.set(cy, bucketOf(zoom));
  cy.style(buildStylesheet({ zoom }));
}
