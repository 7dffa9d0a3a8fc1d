import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { selectCentreRequest } from '../store/selectors';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** When search, the list or the reader chooses something, bring it into view. */
export function useCentreOnRequest(cy: Core | null) {
  const request = useAppStore(selectCentreRequest);
  // Starts at 0 so a request made before the canvas existed (a shared link) is still served.
  const handled = useRef(0);
  useEffect(() => {
    if (!cy || request === handled.current) return;
    handled.current = request;
    const { selected, data } = useAppStore.getState();
    if (!selected || data.status !== 'ready') return;
    const ids =
      selected.kind === 'deal' ? (data.index.deals.get(selected.id)?.relations ?? []) : [selected.id];
    let eles = cy.collection();
    for (const id of ids) eles = eles.union(cy.getElementById(id));
    eles = eles.union(eles.connectedNodes());
    if (eles.empty()) return;
    const zoom = Math.max(cy.zoom(), selected.kind === 'actor' ? 1.3 : 1.1);
    cy.stop();
    cy.animate(eles.length > 3 ? { fit: { eles, padding: 80 } } : { center: { eles }, zoom }, {
      duration: reducedMotion() ? 0 : 350,
    });
  }, [cy, request]);
}
