import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { buildStylesheet } from './stylesheet';

/** Rebuilds the stylesheet for the zoom level (label size and tiers), at most once a frame. */
export function useZoomLabels(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    let lastBucket = Number.NaN;
    const apply = () => {
      frame = 0;
      const zoom = cy.zoom();
      // Buckets of 5% keep rebuilds rare while labels stay close to their target size.
      const bucket = Math.round(Math.log(zoom) / Math.log(1.05));
      if (bucket === lastBucket) return;
      lastBucket = bucket;
      cy.style(buildStylesheet({ zoom }));
    };
    const onZoom = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    apply();
    cy.on('zoom', onZoom);
    return () => {
      cy.off('zoom', onZoom);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
}
