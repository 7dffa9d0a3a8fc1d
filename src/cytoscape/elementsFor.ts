import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { Dataset } from '../domain/schema';
import { bundleElements } from './bundles';
import { toElements } from './elements';
import { renderModeFor, type RenderMode } from './renderMode';

/**
 * The elements of each index, made once: a large map's overview projects them again each
 * time a group opens or closes, and making 80,000 costs a fifth of a second. An edit makes a
 * new index, and so new elements. Cytoscape keeps what it is given, so they are never changed
 * here once made.
 */
const made = new WeakMap<GraphIndex, ElementDefinition[]>();

/**
 * Every element the canvas draws for a dataset, and the mode it is drawn in (chosen by its
 * size when the map opens, kept while it is edited). Bundles of parallel relations are only
 * for maps drawn in full (see bundles.ts).
 */
export function elementsFor(
  dataset: Dataset,
  index: GraphIndex,
  kept?: RenderMode,
): { elements: ElementDefinition[]; mode: RenderMode } {
  let base = made.get(index);
  if (!base) {
    base = toElements(dataset, index);
    made.set(index, base);
  }
  const mode = kept ?? renderModeFor(base.length);
  return { elements: mode === 'standard' ? [...base, ...bundleElements(index)] : base, mode };
}
