/**
 * What the layout needs to know of a dataset, as plain data that can be posted to a worker:
 * each actor's size and label, the pairs of actors that are related, and the canvas the map
 * will be shown on. Pure.
 */
import type { GraphIndex } from '../../domain/graphIndex';
import type { Dataset } from '../../domain/schema';
import { pairKey } from '../edgeOffsets';
import { labelTier, nodeSize } from '../elements';
import type { LabelTier } from '../labelFonts';
import type { RenderMode } from '../renderMode';

export interface LayoutNode {
  id: string;
  /** Diameter in model units. */
  size: number;
  label: string;
  tier: LabelTier;
}

export interface LayoutRequest {
  nodes: LayoutNode[];
  /** One edge per related pair of actors, "part of" links included, loops left out. */
  edges: [string, string][];
  mode: RenderMode;
  /** The canvas the map will be fitted to, in pixels: label sizes depend on the zoom. */
  width: number;
  height: number;
  seed: number;
}

/** The seed every layout starts from: the same dataset gives the same map on every load. */
export const LAYOUT_SEED = 1;

export function layoutRequest(
  dataset: Dataset,
  index: GraphIndex,
  mode: RenderMode,
  canvas: { width: number; height: number },
): LayoutRequest {
  const nodes = dataset.actors.map((actor) => {
    const degree = index.degree.get(actor.id) ?? 0;
    return { id: actor.id, size: nodeSize(degree), label: actor.label, tier: labelTier(degree) };
  });
  // Many relations between two hubs would pull them onto each other: one edge a pair.
  const pairs = new Map<string, [string, string]>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    const key = pairKey(a, b);
    if (!pairs.has(key)) pairs.set(key, [a, b]);
  };
  for (const actor of dataset.actors)
    if (actor.parent !== undefined && index.actors.has(actor.parent)) link(actor.id, actor.parent);
  for (const rel of dataset.relations) link(rel.source, rel.target);
  return {
    nodes,
    edges: [...pairs.values()],
    mode,
    width: Math.max(1, canvas.width),
    height: Math.max(1, canvas.height),
    seed: LAYOUT_SEED,
  };
}
