import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectLoaded, selectOpened } from '../store/selectors';
import { searchFromView, viewFromSearch } from '../store/urlState';
import { initialPanels } from '../store/panelsSlice';
import { viewOf } from '../store/viewState';

/**
 * Keeps the URL and the view in step: every view change pushes a history entry (so back
 * and forward walk through views), and popstate puts the URL's view back in the store.
 * The URL's view is applied once the dataset is ready, so ids can be checked against it.
 * `replace`: the view replaces the entry instead (the map in an article's frame, whose
 * entries would otherwise be the article's Back button's).
 */
export function useUrlSync({ replace = false }: { replace?: boolean } = {}) {
  useEffect(() => {
    let applied = false;
    // The panels this window opened with: a link names the panels only when they differ.
    const defaults = initialPanels();
    const applyFromUrl = () => {
      const state = useAppStore.getState();
      const { applyView } = state;
      const index = selectIndex(state);
      const map = selectLoaded(state);
      if (!index || !map) return;
      const view = viewFromSearch(window.location.search);
      const exists =
        view.selected &&
        (view.selected.kind === 'actor'
          ? index.actors.has(view.selected.id)
          : view.selected.kind === 'relation'
            ? index.relations.has(view.selected.id)
            : index.deals.has(view.selected.id));
      if (!exists) view.selected = null;
      if (view.reader && !index.sources.has(view.reader.sourceId)) view.reader = null;
      const story = map.dataset.stories.find((st) => st.id === view.presenting?.storyId);
      if (view.presenting) {
        view.presenting = story
          ? { storyId: story.id, slide: Math.min(view.presenting.slide, story.slides.length) }
          : null;
      }
      // A path's ends must be actors of this map; a link to another map's actors asks nothing.
      const actorOrNull = (id: string | null) => (id !== null && index.actors.has(id) ? id : null);
      view.paths = { ...view.paths, from: actorOrNull(view.paths.from), to: actorOrNull(view.paths.to) };
      applyView(view);
      // A shared link or a step back should show what it selects, wherever the camera was.
      if (view.selected) useAppStore.getState().requestCentre();
      applied = true;
    };
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      // Another map opened: the URL's view applies to it. An edit to the open map is not that.
      if (selectOpened(state) !== selectOpened(previous) || state.data.status !== previous.data.status) {
        applied = false;
        applyFromUrl();
        return;
      }
      if (!applied || state.data.status !== 'ready') return;
      const next = searchFromView(viewOf(state), window.location.search, defaults);
      if (next !== window.location.search) {
        const url = `${window.location.pathname}${next}${window.location.hash}`;
        if (replace) window.history.replaceState(window.history.state, '', url);
        else window.history.pushState(null, '', url);
      }
    });
    window.addEventListener('popstate', applyFromUrl);
    applyFromUrl();
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', applyFromUrl);
    };
  }, [replace]);
}
