import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { buildStylesheet } from './stylesheet';

/** The zoom bucket each instance's stylesheet was last built for. */
const builtFor = new WeakMap<Core, number>();

// Buckets of 5% keep rebuilds rare while labels stay close to their target size.
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

/** Rebuilds the stylesheet for the zoom level (label size and tiers), at most once a frame. */
export function useZoomLabels(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const onZoom = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        applyZoomStyle(cy);
      });
    };
    applyZoomStyle(cy);
    cy.on('zoom', onZoom);
    return () => {
      cy.off('zoom', onZoom);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
}
