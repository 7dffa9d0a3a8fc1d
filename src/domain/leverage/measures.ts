/**
 * The leverage measures the app offers, and the flow graph they are worked out on, as plain
 * arrays. Kept apart from metrics.ts, the algorithms, so the page's first script carries no
 * graph library: the algorithms run in a worker (see workers/computeMetrics.ts).
 */
import type { LeverageGraph } from './leverageGraph';

export const MEASURES = {
  relations: { label: 'Relations', description: 'How many relations the actor has, any type.' },
  held: { label: 'Leverage held', description: 'How many actors it can move, weighted by evidence.' },
  brokerage: {
    label: 'Brokerage',
    description: 'How often it stands on the shortest way one actor can move another.',
  },
  influence: {
    label: 'Influence',
    description: 'Leverage over actors who themselves hold leverage (PageRank).',
  },
} as const;
export type Measure = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as [Measure, ...Measure[]];
export type LeverageMeasure = Exclude<Measure, 'relations'>;

/**
 * The leverage-flow graph as plain arrays, one entry per pair of actors: cheap to hand to a
 * worker (typed arrays are copied, not walked) and all the measures need.
 */
export interface LeverageFlow {
  actors: string[];
  holders: Int32Array;
  subjects: Int32Array;
  /** The strength of the strongest lever of each pair. */
  weights: Float64Array;
}

/** Each measure, one value per actor in the order of `LeverageFlow.actors`. */
export interface LeverageMetrics {
  held: Float64Array;
  subject: Float64Array;
  brokerage: Float64Array;
  influence: Float64Array;
  /** Whether brokerage was estimated from a sample. */
  brokerageSampled: boolean;
}

/** The levers between the given actors, as arrays (see LeverageFlow). */
export function leverageFlow(graph: LeverageGraph, actorIds: Iterable<string>): LeverageFlow {
  const actors = [...actorIds];
  const position = new Map(actors.map((id, i) => [id, i]));
  const holders: number[] = [];
  const subjects: number[] = [];
  const weights: number[] = [];
  for (const [holder, steps] of graph.steps) {
    const h = position.get(holder);
    if (h === undefined) continue;
    for (const step of steps) {
      const s = position.get(step.subject);
      if (s === undefined) continue;
      holders.push(h);
      subjects.push(s);
      weights.push(step.levers[0]?.strength ?? 0);
    }
  }
  return {
    actors,
    holders: Int32Array.from(holders),
    subjects: Int32Array.from(subjects),
    weights: Float64Array.from(weights),
  };
}

/** One measure by actor id. */
export function measureByActor(
  flow: Pick<LeverageFlow, 'actors'>,
  values: ArrayLike<number>,
): Map<string, number> {
  return new Map(flow.actors.map((id, i) => [id, values[i] ?? 0]));
}
