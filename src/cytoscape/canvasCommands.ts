/** What the rest of the app can ask of a live graph (see store/graphCommands). */
import type { Core } from 'cytoscape';
import { retryable } from '../app/retryable';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectLoaded } from '../store/selectors';
import { registerGraphCommands } from '../store/graphCommands';
import { fitVisible } from './camera';

// Exports and handouts load their code when first asked for: it is not needed to draw the map.
// A failed fetch rejects the command (its button says so) and the next click fetches again.
const exporters = retryable(() => import('./exporters'));
const slides = retryable(() => import('./captureSlides'));

/** Registers the commands for this instance; returns the unregistering function. */
export function registerCanvasCommands(instance: Core): () => void {
  return registerGraphCommands({
    fit: () => fitVisible(instance),
    exportImage: async (format) => {
      const map = selectLoaded(useAppStore.getState());
      if (!map) return null;
      const { exportPng, exportSvg, legendModel } = await exporters();
      const model = legendModel(map.dataset);
      return format === 'png' ? exportPng(instance, model) : exportSvg(instance, model);
    },
    captureSlides: async (storyId) => {
      const state = useAppStore.getState();
      const index = selectIndex(state);
      const story = selectLoaded(state)?.dataset.stories.find((st) => st.id === storyId);
      if (!index || !story) return null;
      const { captureSlides } = await slides();
      return captureSlides(instance, index, story);
    },
    positions: () =>
      Object.fromEntries(
        instance.nodes().map((node) => {
          const { x, y } = node.position();
          return [node.id(), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }];
        }),
      ),
  });
}
