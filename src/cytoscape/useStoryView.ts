import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { slideView, type SlideView } from '../domain/story';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectLoaded, selectPresenting } from '../store/selectors';
import { animationMs, fitElements } from './camera';

/** A slide of two or three actors is framed no closer than this: nodes stay node-sized. */
const SLIDE_MAX_ZOOM = 1.6;
import { applyStoryClasses, clearStoryClasses, framedElements } from './storyClasses';

/**
 * While a story is presented, shows what the current slide shows, emphasises what it
 * highlights, and moves the camera to it. The sources slide (one past the last) shows the
 * whole story at rest.
 */
export function useStoryView(cy: Core | null) {
  const presenting = useAppStore(selectPresenting);
  const index = useAppStore(selectIndex);
  const loaded = useAppStore(selectLoaded);
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (!cy || !index || !loaded) return;
    const story = presenting && loaded.dataset.stories.find((s) => s.id === presenting.storyId);
    if (!presenting || !story) {
      if (wasPresenting.current) {
        clearStoryClasses(cy);
        cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: animationMs(400) });
      }
      wasPresenting.current = false;
      return;
    }
    wasPresenting.current = true;
    const atSources = presenting.slide >= story.slides.length;
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
      view = slideView(index, story, presenting.slide);
    }
    applyStoryClasses(cy, view);
    const framed = framedElements(cy, view);
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
    observer?.observe(container!);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, [cy, index, loaded, presenting]);
}
