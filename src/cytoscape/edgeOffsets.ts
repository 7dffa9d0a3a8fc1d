/**
 * Where each edge curves so that relations between the same two actors fan out instead of
 * drawing over one another. Cytoscape can do this itself ("bezier" edges), but it finds each
 * edge's siblings again on every style change and first draw, which on a graph of thousands
 * of relations costs more than all the rest of the drawing; the offsets are fixed by the
 * data, so they are worked out once here. Pure, for testing.
 */
import { noPause, runAtOnce, type Pause, type Steps } from '../domain/steps';

export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

/**
 * The offset of each edge from the straight line between its ends, in model units, as
 * cytoscape's control-point-distances reads it (perpendicular, from source to target).
 * A lone edge gets 0; n edges between one pair are spread `step` apart, centred on the
 * straight line, and an edge running the other way has its sign turned so that it keeps
 * its own place in the fan. Loops (an actor to itself) are left to cytoscape.
 */
export function parallelOffsets(edges: readonly EdgeEnds[], step: number): Map<string, number> {
  return runAtOnce(offsetSteps(edges, step, noPause));
}

/** parallelOffsets, pausing whenever `pause` says (see domain/steps.ts). */
export function* offsetSteps(
  edges: readonly EdgeEnds[],
  step: number,
  pause: Pause,
): Steps<Map<string, number>> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    if (pause()) yield;
    if (edge.source === edge.target) continue;
    const key = pairKey(edge.source, edge.target);
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    if (pause()) yield;
    group.forEach((edge, i) => {
      const offset = (i - (group.length - 1) / 2) * step;
      // Fixed orientation for the pair: from the lesser id to the greater.
      const forward = edge.source < edge.target;
      offsets.set(edge.id, forward || offset === 0 ? offset : -offset);
    });
  }
  return offsets;
}

/** The same for a → b and b → a. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
