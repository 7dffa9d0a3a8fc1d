/**
 * How much the canvas draws, by the size of the graph. A few hundred elements are drawn in
 * full at every frame, with labels restyled to a constant size on screen when a zoom ends.
 * Thousands are not: restyling them takes a second and drawing each frame in full cannot
 * keep up with a drag, so large graphs keep one stylesheet, let cytoscape leave out labels
 * too small to read, and pan and zoom a snapshot of the map until the gesture ends.
 */
import type { Core } from 'cytoscape';
import { LARGE_GRAPH_ELEMENTS } from '../domain/largeMap';

export type RenderMode = 'standard' | 'large';

// Nodes plus edges from which a graph is drawn in large mode: domain/largeMap.ts says.
export { LARGE_GRAPH_ELEMENTS };

export function renderModeFor(elementCount: number): RenderMode {
  return elementCount >= LARGE_GRAPH_ELEMENTS ? 'large' : 'standard';
}

/** Cytoscape's own options for the mode: its viewport hints. */
export function rendererOptions(mode: RenderMode) {
  return mode === 'large' ? { textureOnViewport: true } : {};
}

const modes = new WeakMap<Core, RenderMode>();
const fewRelations = new WeakSet<Core>();

/** Marks a map with few enough relations to label them all at any zoom (see FEW_RELATIONS). */
export function setFewRelations(cy: Core, few: boolean) {
  if (few) fewRelations.add(cy);
  else fewRelations.delete(cy);
}

export function hasFewRelations(cy: Core): boolean {
  return fewRelations.has(cy);
}

/** Records the mode an instance was created in, for the hooks that behave differently in each. */
export function setRenderMode(cy: Core, mode: RenderMode) {
  modes.set(cy, mode);
}

export function renderModeOf(cy: Core): RenderMode {
  return modes.get(cy) ?? 'standard';
}
