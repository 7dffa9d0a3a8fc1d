import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { selectChosenPath } from '../store/selectors';
import { frameElements } from './camera';

/** The data field that numbers a relation's step on the chosen path, shown as its label. */
const STEP_LABEL = 'pathLabel';

/**
 * Numbers the steps of the chosen leverage path on the graph ("1 · lifts sanctions on"), in
 * order, and brings the whole path into view. Which elements stand out is a class, set with
 * the rest of the view (useViewClasses).
 */
export function usePathView(cy: Core | null) {
  const path = useAppStore(selectChosenPath);
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.edges(`[${STEP_LABEL}]`).removeData(STEP_LABEL);
      path?.hops.forEach((hop, i) => {
        cy.getElementById(hop.lever.relation.id).data(STEP_LABEL, `${i + 1} · ${hop.lever.relation.label}`);
      });
    });
    if (!path) return;
    let eles = cy.collection();
    for (const hop of path.hops) eles = eles.union(cy.getElementById(hop.lever.relation.id));
    frameElements(cy, eles.union(eles.connectedNodes()), { padding: 70 });
  }, [cy, path]);
}
