/**
 * Leverage paths: the ways one actor can move another, along levers, each step a relation
 * with its quotes. A best-first search over simple paths: every step multiplies the score
 * by a factor of at most 1 (see strength.ts), so paths come out strongest first and the
 * search stops after the best few, however many weaker paths a dense map holds.
 */
import { Heap } from './heap';
import type { GraphIndex } from '../graphIndex';
import { buildLeverageGraph, byId, type Lever, type LeverageGraph, type LeverOptions } from './leverageGraph';
import { STEP_WEIGHT } from './strength';

export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 6;
/** Paths listed: enough to choose from, few enough to read. */
export const DEFAULT_PATH_LIMIT = 12;
/** Partial paths the search may take from its queue before it stops and says so. */
const MAX_EXPANSIONS = 50_000;

export interface PathHop {
  from: string;
  to: string;
  /** The strongest relation for this step. */
  lever: Lever;
  /** Other relations that give the same step, strongest first. */
  also: readonly Lever[];
}

export interface LeveragePath {
  /** From the first actor to the last. */
  actors: readonly string[];
  hops: readonly PathHop[];
  /** 0–1: the product of the steps' strengths and the step weight. */
  score: number;
  /** Quotes behind the steps' leading relations. */
  quotes: number;
}

export interface PathOptions extends LeverOptions {
  maxHops?: number;
  limit?: number;
}

export interface PathResult {
  paths: LeveragePath[];
  /** The search stopped early: there may be more paths than listed, none stronger. */
  truncated: boolean;
}

export function clampHops(hops: number | undefined): number {
  if (hops === undefined || !Number.isFinite(hops)) return DEFAULT_MAX_HOPS;
  return Math.max(1, Math.min(MAX_HOPS, Math.round(hops)));
}

/** Paths from `from` to `to` along the levers of the index, under the options. */
export function leveragePaths(
  index: GraphIndex,
  from: string,
  to: string,
  options: PathOptions = {},
): PathResult {
  return findPaths(buildLeverageGraph(index, options), from, to, options);
}

/**
 * How many steps each actor is from `actor`, up to `limit`: "back" counts the steps an actor
 * needs to reach `actor` along levers, "forward" the steps from `actor` to it.
 */
function stepsAway(
  graph: LeverageGraph,
  actor: string,
  limit: number,
  direction: 'back' | 'forward',
): Map<string, number> {
  const distance = new Map([[actor, 0]]);
  let frontier = [actor];
  for (let step = 1; step <= limit && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      const levers = direction === 'back' ? graph.over.get(id) : graph.held.get(id);
      for (const lever of levers ?? []) {
        const other = direction === 'back' ? lever.holder : lever.subject;
        if (distance.has(other)) continue;
        distance.set(other, step);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

interface Partial {
  actors: string[];
  hops: PathHop[];
  score: number;
  key: string;
}

/** Stronger first; then shorter; then by the actors' ids, so the order never varies. */
function comparePaths(
  a: Pick<Partial, 'score' | 'hops' | 'key'>,
  b: Pick<Partial, 'score' | 'hops' | 'key'>,
) {
  return b.score - a.score || a.hops.length - b.hops.length || byId(a.key, b.key);
}

export function findPaths(
  graph: LeverageGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): PathResult {
  const maxHops = clampHops(options.maxHops);
  const limit = options.limit ?? DEFAULT_PATH_LIMIT;
  if (from === to) return { paths: [], truncated: false };
  const distance = stepsAway(graph, to, maxHops, 'back');
  if (!distance.has(from)) return { paths: [], truncated: false };
  const queue = new Heap<Partial>(comparePaths);
  queue.push({ actors: [from], hops: [], score: 1, key: from });
  const found: Partial[] = [];
  let expansions = 0;
  while (queue.size > 0 && found.length < limit) {
    if (++expansions > MAX_EXPANSIONS) break;
    const path = queue.pop()!;
    const last = path.actors[path.actors.length - 1]!;
    if (last === to) {
      found.push(path);
      continue;
    }
    const left = maxHops - path.hops.length - 1;
    for (const { subject, levers } of graph.stepsFrom(last)) {
      const away = distance.get(subject);
      if (away === undefined || away > left || path.actors.includes(subject)) continue;
      const [lever, ...also] = levers;
      if (!lever) continue;
      queue.push({
        actors: [...path.actors, subject],
        hops: [...path.hops, { from: last, to: subject, lever, also }],
        score: path.score * lever.strength * STEP_WEIGHT,
        key: `${path.key}>${subject}`,
      });
    }
  }
  found.sort(comparePaths);
  return {
    paths: found.map(({ actors, hops, score }) => ({
      actors,
      hops,
      score,
      quotes: hops.reduce((sum, hop) => sum + hop.lever.relation.evidence.length, 0),
    })),
    truncated: queue.size > 0 && found.length < limit,
  };
}

export type NoPathReason =
  | { kind: 'same' }
  | { kind: 'holds-nothing' }
  | { kind: 'nobody-over' }
  /** A path exists, but longer than allowed. */
  | { kind: 'too-far'; shortest: number }
  | { kind: 'unreachable' };

export interface NoPathExplanation {
  reason: NoPathReason;
  /** Actors `from` can move within the allowed steps, nearest first (then by id). */
  reachable: { id: string; hops: number }[];
  /** Whether `to` can move `from` within the allowed steps: worth a swap. */
  reverse: boolean;
}

/** Why no path was found, and what the reader could try instead. */
export function explainNoPath(
  graph: LeverageGraph,
  from: string,
  to: string,
  options: Pick<PathOptions, 'maxHops'> & { nearest?: number } = {},
): NoPathExplanation {
  const maxHops = clampHops(options.maxHops);
  const fromFrom = stepsAway(graph, from, Number.POSITIVE_INFINITY, 'forward');
  const reachable = [...fromFrom]
    .filter(([id, hops]) => id !== from && hops <= maxHops)
    .sort(([a, ha], [b, hb]) => ha - hb || byId(a, b))
    .slice(0, options.nearest ?? 6)
    .map(([id, hops]) => ({ id, hops }));
  const reverse = from !== to && stepsAway(graph, from, maxHops, 'back').has(to);
  const shortest = fromFrom.get(to);
  const reason: NoPathReason =
    from === to
      ? { kind: 'same' }
      : !graph.held.has(from)
        ? { kind: 'holds-nothing' }
        : !graph.over.has(to)
          ? { kind: 'nobody-over' }
          : shortest !== undefined
            ? { kind: 'too-far', shortest }
            : { kind: 'unreachable' };
  return { reason, reachable, reverse };
}
