import type { Collection, Core } from 'cytoscape';
import type { SlideView } from '../domain/story';

const STORY_CLASSES = 'story-hidden story-shown story-context story-highlight';

export function clearStoryClasses(cy: Core) {
  cy.batch(() => cy.elements().removeClass(STORY_CLASSES));
}

/** Hides what the slide does not show and emphasises what it highlights. */
export function applyStoryClasses(cy: Core, view: SlideView) {
  cy.batch(() => {
    cy.elements().removeClass(STORY_CLASSES);
    cy.nodes().forEach((node) => {
      const id = node.id();
      if (!view.actors.has(id)) {
        node.addClass('story-hidden');
        return;
      }
      // On a slide every actor is named, whatever its label tier at this zoom.
      node.addClass('story-shown');
      if (view.highlighted.size > 0 && !view.highlighted.has(id) && !touchesHighlight(cy, id, view))
        node.addClass('story-context');
      else if (view.highlighted.has(id)) node.addClass('story-highlight');
    });
    cy.edges().forEach((edge) => {
      const id = edge.id();
      if (edge.hasClass('part-of')) {
        const shown = view.actors.has(edge.source().id()) && view.actors.has(edge.target().id());
        if (!shown) edge.addClass('story-hidden');
        return;
      }
      if (!view.relations.has(id)) edge.addClass('story-hidden');
      else if (view.highlighted.has(id)) edge.addClass('story-highlight');
      else if (view.highlighted.size > 0) edge.addClass('story-context');
    });
  });
}

function touchesHighlight(cy: Core, actorId: string, view: SlideView): boolean {
  return cy
    .getElementById(actorId)
    .connectedEdges()
    .toArray()
    .some((edge) => view.highlighted.has(edge.id()));
}

/** What the camera frames: the highlighted elements and their actors, else all shown. */
export function framedElements(cy: Core, view: SlideView): Collection {
  const ids = view.highlighted.size > 0 ? view.highlighted : new Set([...view.actors, ...view.relations]);
  let eles = cy.collection();
  for (const id of ids) eles = eles.union(cy.getElementById(id));
  return eles.union(eles.connectedNodes());
}
