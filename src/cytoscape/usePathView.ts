import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../store/appStore';
import { selectChosenPath } from '../store/selectors';
import { frameElements } from './camera';
import { isLive } from './isLive';

/** The data field that numbers a relation's step on the chosen path, shown as its label. */
const STEP_LABEL = 'pathLabel';

/**
 * Numbers the steps of the chosen leverage path on the graph ("1 · lifts sanctions on"), in
 * order, and brings the whole path into view. Which elements stand out is a class, set with
 * the rest of the view (useViewClasses). The frame around the canvas says which relations
 * the graph shows as steps, read back from the graph itself, for tests and tools to check.
 */
export function usePathView(cy: Core | null, frame: RefObject<HTMLElement | null>) {
  const path = useAppStore(selectChosenPath);
  useEffect(() => {
    if (!isLive(cy)) return;
    const reportSteps = () => {
      const steps = cy
        .edges(`.path-hop[${STEP_LABEL}]`)
        .map((edge) => [Number.parseInt(String(edge.data(STEP_LABEL)), 10), edge.id()] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, id]) => id);
      if (steps.length > 0) frame.current?.setAttribute('data-path-steps', steps.join(' '));
      else frame.current?.removeAttribute('data-path-steps');
    };
    cy.batch(() => {
      cy.edges(`[${STEP_LABEL}]`).removeData(STEP_LABEL);
      path?.hops.forEach((hop, i) => {
        cy.getElementById(hop.lever.relation.id).data(STEP_LABEL, `${i + 1} · ${hop.lever.relation.label}`);
      });
    });
    reportSteps();
    if (!path) return;
    let eles = cy.collection();
    for (const hop of path.hops) eles = eles.union(cy.getElementById(hop.lever.relation.id));
    frameElements(cy, eles.union(eles.connectedNodes()), { padding: 70 });
  }, [cy, path, frame]);
}
