import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { slideView, type SlideView } from '../domain/story';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectLoaded, selectPresenting } from '../store/selectors';
import { animationMs } from './camera';
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
    cy.stop();
    cy.animate(
      { fit: { eles: framedElements(cy, view), padding: 60 } },
      { duration: animationMs(600), easing: 'ease-in-out-cubic' },
    );
  }, [cy, index, loaded, presenting]);
}
