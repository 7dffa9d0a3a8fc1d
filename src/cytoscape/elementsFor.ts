import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { Dataset } from '../domain/schema';
import { bundleElements } from './bundles';
import { pauseEvery, runInSlices } from '../domain/steps';
import { elementSteps, toElements } from './elements';
import { renderModeFor, type RenderMode } from './renderMode';

/**
 * The elements of each index, made once: a large map's overview projects them again each
 * time a group opens or closes, and making 80,000 costs a fifth of a second. An edit makes a
 * new index, and so new elements. Cytoscape keeps what it is given, so they are never changed
 * here once made.
 */
const made = new WeakMap<GraphIndex, ElementDefinition[]>();

/** Elements made between two pauses of prepareElements: tens of milliseconds. */
const ELEMENTS_SLICE = 10_000;

/**
 * Makes a map's elements ahead of elementsFor, a slice per task (`next` waits for the next),
 * so a large map's opening does not hold the page for all of them at once (0.2 s on 20,000
 * actors). True once they are ready; false if `signal` aborted first.
 */
export async function prepareElements(
  dataset: Dataset,
  index: GraphIndex,
  next: () => Promise<void>,
  signal: AbortSignal,
): Promise<boolean> {
  if (made.has(index)) return true;
  // Waiting first (see runInSlices): the commit that brings the map is long enough as it is.
  const elements = await runInSlices(
    elementSteps(dataset, index, pauseEvery(ELEMENTS_SLICE)),
    next,
    () => signal.aborted,
  );
  if (!elements) return false;
  made.set(index, elements);
  return true;
}

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
