import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { applyZoomStyle } from './zoomStyle';
import { isLive } from './isLive';

/**
 * How long the zoom must rest before labels are restyled for it. A restyle touches every
 * element, so it waits for the end of a wheel gesture or camera animation: meanwhile labels
 * grow and shrink with the map, then settle at their size.
 */
export const ZOOM_SETTLE_MS = 120;

/** Restyles labels for the zoom level once a zoom has ended. */
export function useZoomLabels(cy: Core | null) {
  useEffect(() => {
    if (!isLive(cy)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onZoom = () => {
      clearTimeout(timer);
      timer = setTimeout(() => applyZoomStyle(cy), ZOOM_SETTLE_MS);
    };
    applyZoomStyle(cy);
    cy.on('zoom', onZoom);
    return () => {
      cy.off('zoom', onZoom);
      clearTimeout(timer);
    };
  }, [cy]);
}
