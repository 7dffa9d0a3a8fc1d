import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { Dataset } from '../domain/schema';
import { bundleElements } from './bundles';
import { toElements } from './elements';
import { renderModeFor, type RenderMode } from './renderMode';

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
  const base = toElements(dataset, index);
  const mode = kept ?? renderModeFor(base.length);
  return { elements: mode === 'standard' ? [...base, ...bundleElements(index)] : base, mode };
}
