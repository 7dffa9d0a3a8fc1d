import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { relationSentence } from '../domain/format';
import { useAppStore } from '../store/appStore';
import { selectIndex } from '../store/selectors';
import { isBundleId } from './bundles';
import { frameElements } from './camera';
import { SHOW_EDGE_LABELS_FROM } from './labelFonts';
import { renderModeOf } from './renderMode';
import { isGroupId, OPEN_GROUP_EVENT } from './overviewKeys';
import { isLive } from './isLive';

/**
 * Taps and hovers on the canvas become store actions; handlers read the store when called.
 * Hovering names the element: on a standard map by styling it (class "hover"); on a large
 * one in a tooltip beside the pointer instead, since restyling one element there makes
 * cytoscape redraw all of them, for several frames.
 */
export function useGraphEvents(cy: Core | null, tooltip: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const tip = tooltip.current;
    if (!isLive(cy)) return;
    const large = renderModeOf(cy) === 'large';
    const onTap = (event: EventObject) => {
      const { select, presenting } = useAppStore.getState();
      if (presenting) return; // a slide is not a place to change the selection
      const target = event.target as Core | NodeSingular | EdgeSingular;
      if (target === cy || !('isNode' in target)) select(null);
      // A group of a large map's overview opens (see watchOverview).
      else if (target.isNode() && isGroupId(target.id())) cy.emit(OPEN_GROUP_EVENT, [target.id()]);
      else if (target.isNode()) select({ kind: 'actor', id: target.id() });
      // A bundle opens where it is: the camera comes close enough to read its relations.
      else if (isBundleId(target.id()))
        frameElements(cy, target.union(target.connectedNodes()), {
          minZoom: SHOW_EDGE_LABELS_FROM + 0.05,
          maxZoom: 2,
        });
      else select({ kind: 'relation', id: target.id() });
    };
    const onOver = (event: EventObject) => {
      const target = event.target as NodeSingular | EdgeSingular;
      if (large) showTooltip(tip, hoverText(target), event.renderedPosition);
      else target.addClass('hover');
      cy.container()?.style.setProperty('cursor', 'pointer');
    };
    const onOut = (event: EventObject) => {
      if (large) hideTooltip(tip);
      else (event.target as NodeSingular | EdgeSingular).removeClass('hover');
      cy.container()?.style.removeProperty('cursor');
    };
    // The tooltip would be left behind by a pan or a zoom.
    const onViewport = () => hideTooltip(tip);
    // An actor dragged by hand: leaving the page now would lose it (until "Save layout").
    const onDragged = () => useAppStore.getState().setLayoutUnsaved(true);
    cy.on('dragfree', 'node', onDragged);
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    if (large) cy.on('viewport', onViewport);
    return () => {
      cy.off('tap', onTap);
      cy.off('mouseover', 'node, edge', onOver);
      cy.off('mouseout', 'node, edge', onOut);
      cy.off('viewport', onViewport);
      cy.off('dragfree', 'node', onDragged);
      hideTooltip(tip);
    };
  }, [cy, tooltip]);
}

/** An actor's name, or a relation as a sentence ("United States lifts sanctions on Belavia"). */
function hoverText(target: NodeSingular | EdgeSingular): string {
  const index = selectIndex(useAppStore.getState());
  if (target.isEdge() && isBundleId(target.id())) {
    const [a, b] = target.connectedNodes().map((n) => String(n.data('label')));
    return `${String(target.data('label'))} relations between ${a} and ${b}: click to spread them out`;
  }
  if (index && target.isEdge()) {
    const rel = index.relations.get(target.id());
    if (rel) return relationSentence(index, rel);
  }
  return String(target.data('label') ?? '');
}

function showTooltip(element: HTMLDivElement | null, text: string, at: { x: number; y: number }) {
  if (!element || !text) return;
  element.textContent = text;
  element.style.transform = `translate(${Math.round(at.x + 12)}px, ${Math.round(at.y + 12)}px)`;
  element.hidden = false;
}

function hideTooltip(element: HTMLDivElement | null) {
  if (element) element.hidden = true;
}
