/**
 * Keeping the stylesheet in step with the zoom (label size and tiers) in standard mode,
 * without restyling every element on every wheel tick: the sheet is rebuilt once a zoom has
 * ended, and only when the zoom has moved to another 5% bucket. Large graphs keep theirs.
 */
import type { Core } from 'cytoscape';
import { edgeLabelsShown } from './labelFonts';
import { hasFewRelations, renderModeOf } from './renderMode';
import { buildStylesheet } from './stylesheet';

const styledFor = new WeakMap<Core, number>();
const bucketOf = (zoom: number) => Math.round(Math.log(zoom) / Math.log(1.05));

/** Records that an instance was created with the stylesheet for this zoom. */
export function rememberStyleZoom(cy: Core, zoom: number) {
  styledFor.set(cy, bucketOf(zoom));
}

/** Restyles for the current zoom when it has moved to another bucket (standard mode only). */
export function applyZoomStyle(cy: Core) {
  const zoom = cy.zoom();
  const mode = renderModeOf(cy);
  if (mode === 'large' || styledFor.get(cy) === bucketOf(zoom)) return;
  styledFor.set(cy, bucketOf(zoom));
  cy.style(buildStylesheet({ zoom, mode, edgeLabels: edgeLabelsShown(zoom, hasFewRelations(cy)) }));
}
