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
 * The levers as plain arrays, one entry per lever (a pair of actors may have several; the
 * measures keep the strongest): cheap to make on the page and to hand to a worker, where
 * typed arrays are copied, not walked.
 */
export interface LeverageFlow {
  actors: string[];
  holders: Int32Array;
  subjects: Int32Array;
  /** Each lever's strength. */
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
  const holders = new Int32Array(graph.levers.length);
  const subjects = new Int32Array(graph.levers.length);
  const weights = new Float64Array(graph.levers.length);
  let count = 0;
  for (const lever of graph.levers) {
    const h = position.get(lever.holder);
    const s = position.get(lever.subject);
    if (h === undefined || s === undefined) continue;
    holders[count] = h;
    subjects[count] = s;
    weights[count] = lever.strength;
    count++;
  }
  return {
    actors,
    holders: holders.slice(0, count),
    subjects: subjects.slice(0, count),
    weights: weights.slice(0, count),
  };
}

/** One measure by actor id. */
export function measureByActor(
  flow: Pick<LeverageFlow, 'actors'>,
  values: ArrayLike<number>,
): Map<string, number> {
  return new Map(flow.actors.map((id, i) => [id, values[i] ?? 0]));
}
