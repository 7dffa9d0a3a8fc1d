import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';

/** Taps and hovers on the canvas become store actions; handlers read the store when called. */
export function useGraphEvents(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    const onTap = (event: EventObject) => {
      const { select, presenting } = useAppStore.getState();
      if (presenting) return; // a slide is not a place to change the selection
      const target = event.target as Core | NodeSingular | EdgeSingular;
      if (target === cy || !('isNode' in target)) select(null);
      else if (target.isNode()) select({ kind: 'actor', id: target.id() });
      else select({ kind: 'relation', id: target.id() });
    };
    const onOver = (event: EventObject) => {
      (event.target as NodeSingular | EdgeSingular).addClass('hover');
      cy.container()?.style.setProperty('cursor', 'pointer');
    };
    const onOut = (event: EventObject) => {
      (event.target as NodeSingular | EdgeSingular).removeClass('hover');
      cy.container()?.style.removeProperty('cursor');
    };
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    return () => {
      cy.off('tap', onTap);
      cy.off('mouseover', 'node, edge', onOver);
      cy.off('mouseout', 'node, edge', onOut);
    };
  }, [cy]);
}
