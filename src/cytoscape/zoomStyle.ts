/**
 * Keeping the stylesheet in step with the zoom (label size and tiers) in standard mode,
 * without restyling every element on every wheel tick: the sheet is rebuilt once a zoom has
 * ended, and only when the zoom has moved to another 5% bucket. Large graphs keep theirs.
 */
import type { Core } from 'cytoscape';
import type { RenderMode } from './renderMode';
import { buildStylesheet } from './stylesheet';

interface Styled {
  mode: RenderMode;
  bucket: number;
}

const styled = new WeakMap<Core, Styled>();
const bucketOf = (zoom: number) => Math.round(Math.log(zoom) / Math.log(1.05));

/** Records that an instance was created with the stylesheet for this mode and zoom. */
export function rememberStyle(cy: Core, mode: RenderMode, zoom: number) {
  styled.set(cy, { mode, bucket: bucketOf(zoom) });
}

/** The render mode an instance was created with. */
export function renderModeOf(cy: Core): RenderMode {
  return styled.get(cy)?.mode ?? 'standard';
}

/** Restyles for the current zoom when it has moved to another bucket (standard mode only). */
export function applyZoomStyle(cy: Core) {
  const zoom = cy.zoom();
  const mode = renderModeOf(cy);
  if (mode === 'large' || styled.get(cy)?.bucket === bucketOf(zoom)) return;
  styled.set(cy, { mode, bucket: bucketOf(zoom) });
  cy.style(buildStylesheet({ zoom, mode }));
}
