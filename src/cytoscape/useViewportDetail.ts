import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { detailedIds } from './viewportDetail';
import { renderModeOf } from './renderMode';
import { isLive } from './isLive';

/** How long the view must rest before the elements in it are restyled. */
const VIEW_SETTLE_MS = 150;

/**
 * In large mode, draws the elements in view in full (class "detail") once panning or
 * zooming has stopped, and sets those that left the view back to the overview style.
 */
export function useViewportDetail(cy: Core | null) {
  useEffect(() => {
    if (!isLive(cy) || renderModeOf(cy) !== 'large') return;
    let shown = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      // Read each time: an overview's relations change as its groups open and close.
      const edges = cy
        .edges()
        .map((e) => ({ id: e.id(), source: e.data('source') as string, target: e.data('target') as string }));
      const nodes = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
      const next = detailedIds(nodes, edges, cy.extent(), cy.zoom());
      cy.batch(() => {
        for (const id of shown) if (!next.has(id)) cy.getElementById(id).removeClass('detail');
        for (const id of next) if (!shown.has(id)) cy.getElementById(id).addClass('detail');
      });
      shown = next;
    };
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(update, VIEW_SETTLE_MS);
    };
    update();
    cy.on('viewport', onViewport);
    return () => {
      cy.off('viewport', onViewport);
      clearTimeout(timer);
    };
  }, [cy]);
}
