/** What the rest of the app can ask of a live graph (see store/graphCommands). */
import type { Core } from 'cytoscape';
import { legendModel } from '../domain/legend';
import { useAppStore } from '../store/appStore';
import { registerGraphCommands } from '../store/graphCommands';
import { captureSlides } from './captureSlides';
import { exportPng, exportSvg } from './exporters';

/** Registers the commands for this instance; returns the unregistering function. */
export function registerCanvasCommands(instance: Core): () => void {
  return registerGraphCommands({
    fit: () => {
      instance.animate({ fit: { eles: instance.elements(':visible'), padding: 30 } }, { duration: 250 });
    },
    exportImage: (format) => {
      const { data } = useAppStore.getState();
      if (data.status !== 'ready') return Promise.resolve(null);
      const model = legendModel(data.loaded.dataset);
      return format === 'png' ? exportPng(instance, model) : exportSvg(instance, model);
    },
    captureSlides: (storyId) => {
      const { data } = useAppStore.getState();
      const story =
        data.status === 'ready' ? data.loaded.dataset.stories.find((st) => st.id === storyId) : undefined;
      if (data.status !== 'ready' || !story) return Promise.resolve(null);
      return captureSlides(instance, data.index, story);
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
