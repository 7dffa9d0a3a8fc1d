/**
 * Readying a new cytoscape instance for its first frame so that the frame is drawn once, and
 * as soon as it can be.
 *
 * Cytoscape caches what it draws in textures, and on a large graph keeps the whole map in
 * one "layer"; any change to any element after that throws the layer away, and until it is
 * rebuilt, a few elements a frame in the background, every frame draws every element again
 * (half a second a frame for 20,000 elements here). Measuring an element's box for the first
 * time counts as such a change, and the first frame is where cytoscape would measure them
 * all; so they are measured here, before it. (The stylesheet avoids the other such change,
 * see NODE_LOOK's background-image.)
 *
 * Each style property applied to an actor also makes cytoscape list the actor's relations,
 * afresh each time (it does not cache that list). So the actors are styled and measured
 * before their relations are added (addEdgesAfterStyling), which saves a tenth of the first
 * paint on a map of 1,000 actors.
 */
import type { Core, ElementDefinition } from 'cytoscape';

/** For an instance created with the nodes alone: styles and measures them, then adds the edges. */
export function addEdgesAfterStyling(cy: Core, edges: ElementDefinition[]) {
  cy.nodes().boundingBox();
  cy.add(edges);
}

export function primeForFirstDraw(cy: Core) {
  cy.elements().boundingBox();
}
