import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { detailedIds } from './viewportDetail';
import { renderModeOf } from './renderMode';

/** How long the view must rest before the elements in it are restyled. */
const VIEW_SETTLE_MS = 150;

/**
 * In large mode, draws the elements in view in full (class "detail") once panning or
 * zooming has stopped, and sets those that left the view back to the overview style.
 */
export function useViewportDetail(cy: Core | null, open: ReadonlySet<string> | null = null) {
  useEffect(() => {
    if (!cy || renderModeOf(cy) !== 'large') return;
    let shown = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The relations change only as an overview's groups open and close (and the hook runs
    // again); where the actors stand is read each time.
    const edges = cy
      .edges()
      .map((e) => ({ id: e.id(), source: e.data('source') as string, target: e.data('target') as string }));
    const update = () => {
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
      if (!cy.destroyed()) cy.batch(() => cy.$('.detail').removeClass('detail'));
    };
  }, [cy, open]);
}
