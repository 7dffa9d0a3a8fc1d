import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { retryable } from '../app/retryable';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectLoaded, selectPresenting } from '../store/selectors';
import { isLive } from './isLive';

const loadStoryView = retryable(() => import('./storyView'));

/**
 * While a story is presented, shows what the current slide shows, emphasises what it
 * highlights, and moves the camera to it (storyView.ts, loaded when a story is first
 * presented). If that code cannot be fetched, the notice says so with Try again.
 */
export function useStoryView(cy: Core | null) {
  const presenting = useAppStore(selectPresenting);
  const index = useAppStore(selectIndex);
  const loaded = useAppStore(selectLoaded);
  const wasPresenting = useRef(false);
  useEffect(() => {
    // A story's view goes with its graph: a destroyed one has nothing left to end.
    if (!isLive(cy)) {
      wasPresenting.current = false;
      return;
    }
    if (!index || !loaded) return;
    const story = presenting && loaded.dataset.stories.find((s) => s.id === presenting.storyId);
    if (!presenting || !story) {
      if (wasPresenting.current)
        // Presenting loaded it: this cannot fail but on a page that never presented.
        loadStoryView().then(
          ({ endStory }) => {
            if (!cy.destroyed()) endStory(cy);
          },
          () => undefined,
        );
      wasPresenting.current = false;
      return;
    }
    wasPresenting.current = true;
    let stop: (() => void) | null = null;
    let cancelled = false;
    const run = () =>
      loadStoryView().then(
        ({ showSlide }) => {
          if (!cancelled && !cy.destroyed()) stop = showSlide(cy, index, story, presenting.slide);
        },
        () => {
          if (!cancelled)
            useAppStore.getState().reportLoadFailure({ what: 'The slide', retry: () => void run() });
        },
      );
    void run();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [cy, index, loaded, presenting]);
}
