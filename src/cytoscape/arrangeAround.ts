/**
 * "Arrange around": the selected actor's neighbours glide to a ring around it, grouped by
 * the kind of relation that ties them (see ringAround), everything else recedes, and the
 * camera frames the ring. Turning it off, or selecting anything else, glides them home.
 * Motion follows the reader's reduced-motion setting (animationMs). Loaded on first use (see
 * useArrangeAround): it is not needed to draw the map.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Position } from '../domain/schema';
import { animationMs, frameElements } from './camera';
import { ringAround, type RingNeighbour } from './layout/ringAround';

const GLIDE_MS = 450;

function glideTo(node: NodeSingular, position: Position, ms: number) {
  node.stop();
  if (ms > 0) node.animate({ position }, { duration: ms });
  else node.position(position);
}

/**
 * Sets the actor's neighbours on their ring, its groups in `groupOrder` (the relation
 * categories, passed in so this lazily loaded module shares no code with the first paint's);
 * returns what puts them back.
 */
export function arrangeAround(cy: Core, around: string, groupOrder: readonly string[]): () => void {
  const centre = cy.getElementById(around);
  if (centre.empty() || !centre.isNode()) return () => undefined;
  const edges = centre.connectedEdges(':visible');
  // Actors only: a closed group of a large map's overview stays where it is, set back.
  const neighbours = edges.connectedNodes().difference(centre).nodes().not('.group');
  const ring: RingNeighbour[] = neighbours.map((node: NodeSingular) => {
    // The first kind of relation that ties it to the centre: bundles say nothing of kind.
    const tie = node.edgesWith(centre).filter((e) => !e.hasClass('bundle') && Boolean(e.data('category')));
    return {
      id: node.id(),
      label: String(node.data('label') ?? ''),
      group: String(tie.first().data('category') ?? '~'),
    };
  });
  const places = ringAround(centre.position(), ring, groupOrder);
  const home = new Map(neighbours.map((node: NodeSingular) => [node.id(), { ...node.position() }] as const));
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
}
