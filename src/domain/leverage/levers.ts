/**
 * An actor's levers both ways: who holds leverage over it and what leverage it holds, each
 * grouped by kind, with the strongest two-step chains beside the direct levers.
 */
import type { GraphIndex } from '../graphIndex';
import {
  buildLeverageGraph,
  byId,
  leverageGraphSteps,
  type Lever,
  type LeverageGraph,
} from './leverageGraph';
import { LEVER_KIND_IDS, type LeverKind } from './semantics';
import { STEP_WEIGHT } from './strength';
import { oncePer } from '../oncePer';
import { pauseEvery, runInSlices } from '../steps';

export interface LeverGroup {
  kind: LeverKind;
  levers: readonly Lever[];
}

/** Two levers end to end: `first` moves `via`, which `second` lets move the last actor. */
export interface LeverChain {
  via: string;
  first: Lever;
  second: Lever;
  score: number;
}

export interface ActorLeverage {
  groups: LeverGroup[];
  /** The strongest two-step chains, one per pair of actors on the way. */
  chains: LeverChain[];
}

const CHAINS = 3;

// The whole map's levers are worked out once per loaded dataset, not once per actor shown.
export const leverageGraphOf = oncePer((index: GraphIndex): LeverageGraph => buildLeverageGraph(index));

/** Relations (or lists sorted) between two pauses of prepareLevers: tens of milliseconds. */
const LEVERS_SLICE = 5_000;

/**
 * Works out the map's levers ahead of use, a slice at a time (`next` waits for the moment to
 * go on, before each slice), so that leverageGraphOf finds them ready. It stops when `signal`
 * aborts (another map) or when a question needed them sooner; true if it got them ready. On
 * 20,000 actors, at once, they held the page for 0.2–0.3 s.
 */
export async function prepareLevers(
  index: GraphIndex,
  next: () => Promise<void>,
  signal: AbortSignal,
): Promise<boolean> {
  const graph = await runInSlices(
    leverageGraphSteps(index, {}, pauseEvery(LEVERS_SLICE)),
    next,
    () => signal.aborted || leverageGraphOf.has(index),
  );
  if (!graph) return false;
  leverageGraphOf.keep(index, graph);
  return true;
}

function groupByKind(levers: readonly Lever[]): LeverGroup[] {
  return LEVER_KIND_IDS.map((kind) => ({ kind, levers: levers.filter((l) => l.kind === kind) })).filter(
    (group) => group.levers.length > 0,
  );
}

function strongest(chains: LeverChain[], limit: number): LeverChain[] {
  const best = new Map<string, LeverChain>();
  for (const chain of chains) {
    const key = `${chain.first.holder}>${chain.via}>${chain.second.subject}`;
    const kept = best.get(key);
    if (!kept || chain.score > kept.score) best.set(key, chain);
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        byId(a.first.holder, b.first.holder) ||
        byId(a.via, b.via) ||
        byId(a.second.subject, b.second.subject),
    )
    .slice(0, limit);
}

const chainOf = (first: Lever, second: Lever): LeverChain => ({
  via: first.subject,
  first,
  second,
  score: first.strength * second.strength * STEP_WEIGHT * STEP_WEIGHT,
});

/** Who can move `actor`: directly, by kind, and through one actor in between. */
export function leverageOver(
  index: GraphIndex,
  actor: string,
  graph = leverageGraphOf(index),
): ActorLeverage {
  const direct = graph.over.get(actor) ?? [];
  const chains: LeverChain[] = [];
  for (const second of direct)
    for (const first of graph.over.get(second.holder) ?? [])
      if (first.holder !== actor) chains.push(chainOf(first, second));
  return { groups: groupByKind(direct), chains: strongest(chains, CHAINS) };
}

/** Whom `actor` can move: directly, by kind, and through one actor in between. */
export function leverageHeldBy(
  index: GraphIndex,
  actor: string,
  graph = leverageGraphOf(index),
): ActorLeverage {
  const direct = graph.held.get(actor) ?? [];
  const chains: LeverChain[] = [];
  for (const first of direct)
    for (const second of graph.held.get(first.subject) ?? [])
      if (second.subject !== actor) chains.push(chainOf(first, second));
  return { groups: groupByKind(direct), chains: strongest(chains, CHAINS) };
}
