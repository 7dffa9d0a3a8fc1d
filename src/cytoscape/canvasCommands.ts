/** What the rest of the app can ask of a live graph (see store/graphCommands). */
import type { Core } from 'cytoscape';
import { retryable } from '../app/retryable';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectLoaded } from '../store/selectors';
import { registerGraphCommands } from '../store/graphCommands';
import type { Position } from '../domain/schema';
import { fitVisible } from './camera';
import { isGroupId } from './overviewKeys';
import { memoryOf } from './syncElements';

// Exports and handouts load their code when first asked for: it is not needed to draw the map.
// A failed fetch rejects the command (its button says so) and the next click fetches again.
const exporters = retryable(() => import('./exporters'));
const slides = retryable(() => import('./captureSlides'));

/** A position as the map saves it: to a tenth. */
const rounded = ({ x, y }: Position): Position => ({
  x: Math.round(x * 10) / 10,
  y: Math.round(y * 10) / 10,
});

/**
 * Registers the commands for this instance; returns the unregistering function. `drawnWith`:
 * where the actors stood when it was drawn.
 */
export function registerCanvasCommands(
  instance: Core,
  drawnWith: Readonly<Record<string, Position>>,
): () => void {
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
    // Every actor's: where it stands on the canvas, else where it stood when last drawn (an
    // overview's closed groups hold actors that are not on the canvas), else where the map was
    // drawn with it. Never a group's circle, nor an actor the map no longer holds.
    positions: () => {
      const actors = selectIndex(useAppStore.getState())?.actors;
      const isActor = (id: string) => (actors ? actors.has(id) : !isGroupId(id));
      const positions: Record<string, Position> = {};
      const place = (id: string, position: Position) => {
        if (isActor(id)) positions[id] = rounded(position);
      };
      for (const [id, position] of Object.entries(drawnWith)) place(id, position);
      for (const [id, position] of memoryOf(instance)) place(id, position);
      instance.nodes().forEach((node) => place(node.id(), node.position()));
      return positions;
    },
  });
}
