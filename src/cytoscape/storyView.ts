/**
 * What the canvas shows while a story is presented (see useStoryView): what the current slide
 * shows, emphasised as it highlights, with the camera on it. Loaded when a story is first
 * presented: it is not needed to draw the map.
 */
import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { Story } from '../domain/schema';
import { slideView, type SlideView } from '../domain/story';
import { animationMs, fitElements } from './camera';
import { applyStoryClasses, clearStoryClasses, framedElements } from './storyClasses';
import { SHOW_ACTORS_EVENT } from './overviewKeys';

/** A slide of two or three actors is framed no closer than this: nodes stay node-sized. */
const SLIDE_MAX_ZOOM = 1.6;

/** Puts the map back as it was before the story, whole in view. */
export function endStory(cy: Core) {
  cy.emit(SHOW_ACTORS_EVENT, [[]]);
  clearStoryClasses(cy);
  cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: animationMs(400) });
}

/**
 * Shows slide `slide` of the story (one past the last: the sources slide, the whole story at
 * rest); returns the function that stops following the canvas's size for it.
 */
export function showSlide(cy: Core, index: GraphIndex, story: Story, slide: number): () => void {
  const atSources = slide >= story.slides.length;
  let view: SlideView;
  if (atSources) {
    view = slideView(index, story, story.slides.length - 1);
    for (let i = 0; i < story.slides.length; i++) {
      const v = slideView(index, story, i);
      v.actors.forEach((id) => view.actors.add(id));
      v.relations.forEach((id) => view.relations.add(id));
    }
    view.highlighted.clear();
  } else {
    view = slideView(index, story, slide);
  }
  // On a large map's overview the slide's actors may stand in closed groups: this opens them
  // (see groupOverview.ts), and once they are drawn the slide is shown over them too.
  cy.emit(SHOW_ACTORS_EVENT, [[...view.actors]]);
  applyStoryClasses(cy, view);
  let framed = framedElements(cy, view);
  // After the workspace has made room for the slide panel (the canvas narrows when a
  // presentation starts), and again, at once, whenever the canvas changes size.
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() =>
      fitElements(cy, framed, { padding: 60, maxZoom: SLIDE_MAX_ZOOM, ms: 600 }),
    );
  });
  const container = cy.container();
  // The observer reports once on observing: that first report is not a change of size.
  let observed = false;
  const observer =
    container && typeof ResizeObserver !== 'undefined'
      ? new ResizeObserver(() => {
          if (observed) fitElements(cy, framed, { padding: 60, maxZoom: SLIDE_MAX_ZOOM, ms: 0 });
          observed = true;
        })
      : null;
  if (container) observer?.observe(container);
  // Elements drawn later (a group opened) take the slide's classes; once the slide's own
  // actors or relations are among them, the camera frames them again.
  let added: number | null = null;
  let ownAdded = false;
  const onAdd = (event: EventObject) => {
    const id = (event.target as SingularElementArgument).id();
    ownAdded ||= view.actors.has(id) || view.relations.has(id);
    added ??= requestAnimationFrame(() => {
      added = null;
      applyStoryClasses(cy, view);
      if (!ownAdded) return;
      ownAdded = false;
      framed = framedElements(cy, view);
      fitElements(cy, framed, { padding: 60, maxZoom: SLIDE_MAX_ZOOM, ms: 300 });
    });
  };
  cy.on('add', onAdd);
  return () => {
    cancelAnimationFrame(frame);
    if (added !== null) cancelAnimationFrame(added);
    cy.off('add', onAdd);
    observer?.disconnect();
  };
}
