import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { searchWithCamera } from '../store/urlState';
import { isLive } from './isLive';

/** How long the camera must rest before the URL follows it (a pan fires dozens of events). */
const SETTLE_MS = 400;

/**
 * Keeps the camera in the URL (`cam=zoom,x,y`, the model point at the centre), so a shared
 * link opens where its sender was looking. The entry is replaced, not pushed: moving the
 * camera is not a step that Back should undo. The canvas reads it back when it is created
 * (see createGraph).
 */
export function useCameraInUrl(cy: Core | null) {
  useEffect(() => {
    if (!isLive(cy)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      if (cy.destroyed()) return;
      const zoom = cy.zoom();
      const pan = cy.pan();
      const camera = { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
      const next = searchWithCamera(window.location.search, camera);
      if (next !== window.location.search) {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${next}${window.location.hash}`,
        );
      }
    };
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(write, SETTLE_MS);
    };
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', onViewport);
    };
  }, [cy]);
}
