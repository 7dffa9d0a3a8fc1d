/**
 * "Arrange around": the selected actor's neighbours glide to a ring around it, grouped by
 * the kind of relation that ties them (see ringAround), everything else recedes, and the
 * camera frames the ring. Turning it off, or selecting anything else, glides them home.
 * Motion follows the reader's reduced-motion setting (animationMs).
 */
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import type { Position } from '../domain/schema';
import { RELATION_CATEGORY_IDS } from '../domain/relationTypes';
import { useAppStore } from '../store/appStore';
import { animationMs, frameElements } from './camera';
import { ringAround, type RingNeighbour } from './layout/ringAround';

const GLIDE_MS = 450;

function glideTo(node: NodeSingular, position: Position, ms: number) {
  node.stop();
  if (ms > 0) node.animate({ position }, { duration: ms });
  else node.position(position);
}

export function useArrangeAround(cy: Core | null) {
  const around = useAppStore((s) => (s.arranged && s.selected?.kind === 'actor' ? s.selected.id : null));
  useEffect(() => {
    if (!cy || !around) return;
    const centre = cy.getElementById(around);
    if (centre.empty() || !centre.isNode()) return;
    const edges = centre.connectedEdges(':visible');
    const neighbours = edges.connectedNodes().difference(centre).nodes();
    const ring: RingNeighbour[] = neighbours.map((node: NodeSingular) => {
      // The first kind of relation that ties it to the centre: bundles say nothing of kind.
      const tie = node.edgesWith(centre).filter((e) => !e.hasClass('bundle') && Boolean(e.data('category')));
      return {
        id: node.id(),
        label: String(node.data('label') ?? ''),
        group: String(tie.first().data('category') ?? '~'),
      };
    });
    const places = ringAround(centre.position(), ring, RELATION_CATEGORY_IDS);
    const home = new Map(
      neighbours.map((node: NodeSingular) => [node.id(), { ...node.position() }] as const),
    );
    const rest = cy.elements().difference(neighbours).difference(centre).difference(edges);
    const ms = animationMs(GLIDE_MS);
    cy.batch(() => rest.addClass('arrange-out'));
    neighbours.forEach((node: NodeSingular) => {
      const place = places.get(node.id());
      if (place) glideTo(node, place, ms);
    });
    // Once the neighbours are on their ring, frame it.
    const framing = setTimeout(
      () => frameElements(cy, centre.union(neighbours), { padding: 40, maxZoom: 1.2 }),
      ms + 30,
    );
    return () => {
      clearTimeout(framing);
      if (cy.destroyed()) return;
      cy.batch(() => rest.removeClass('arrange-out'));
      const back = animationMs(GLIDE_MS);
      neighbours.forEach((node: NodeSingular) => {
        const place = home.get(node.id());
        if (place) glideTo(node, place, back);
      });
    };
  }, [cy, around]);
}
