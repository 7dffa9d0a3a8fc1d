import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { applyZoomStyle } from './zoomStyle';

/** Restyles labels for the zoom level as the user zooms, at most once a frame. */
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
