import type { Core } from 'cytoscape';

/**
 * Whether a canvas hook has a graph to work on. When another map opens, the old graph is
 * destroyed in the same commit whose effects bring the new map: without this, the hooks
 * would style the destroyed graph for the new map (a quarter of a second on 20,000 actors).
 */
export function isLive(cy: Core | null): cy is Core {
  return cy !== null && !cy.destroyed();
}
