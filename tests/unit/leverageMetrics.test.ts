import { DirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { buildLeverageGraph } from '../../src/domain/leverage/leverageGraph';
import { leverageHeldBy, leverageOver } from '../../src/domain/leverage/levers';
import { leverageFlow, measureByActor } from '../../src/domain/leverage/measures';
import { EXACT_BROKERAGE_UP_TO, leverageMetrics } from '../../src/domain/leverage/metrics';
import { STEP_WEIGHT } from '../../src/domain/leverage/strength';
import { tinyIndex, type TinyTuple } from '../helpers/tinyIndex';

function metricsOf(index: ReturnType<typeof tinyIndex>) {
  const flow = leverageFlow(buildLeverageGraph(index), index.actors.keys());
  const metrics = leverageMetrics(flow);
  return {
    held: measureByActor(flow, metrics.held),
    subject: measureByActor(flow, metrics.subject),
    brokerage: measureByActor(flow, metrics.brokerage),
    influence: measureByActor(flow, metrics.influence),
    brokerageSampled: metrics.brokerageSampled,
  };
}

// A chain of pressure a → b → c, and d depending on b.
const CHAIN: TinyTuple[] = [
  ['ab', 'a', 'pressure', 'b', { sources: ['a', 'b'] }],
  ['bc', 'b', 'pressure', 'c', { sources: ['a', 'b'] }],
  ['db', 'd', 'dependency', 'b', { sources: ['a', 'b'] }],
];

describe('leverageOver and leverageHeldBy', () => {
  it('groups direct levers by kind and finds the two-step chains', () => {
    const index = tinyIndex(CHAIN);
    const overC = leverageOver(index, 'c');
    expect(overC.groups.map((g) => [g.kind, g.levers.map((l) => l.holder)])).toEqual([['pressure', ['b']]]);
    expect(overC.chains.map((c) => [c.first.holder, c.via, c.second.subject])).toEqual([['a', 'b', 'c']]);
    expect(overC.chains[0]!.score).toBeCloseTo(STEP_WEIGHT * STEP_WEIGHT);

    const heldByB = leverageHeldBy(index, 'b');
    expect(heldByB.groups.map((g) => [g.kind, g.levers.map((l) => l.subject)])).toEqual([
      ['pressure', ['c']],
      ['dependency', ['d']],
    ]);
    expect(leverageHeldBy(index, 'a').chains.map((c) => `${c.via}>${c.second.subject}`)).toEqual([
      'b>c',
      'b>d',
    ]);
  });

  it('has nothing to say of an actor with no levers', () => {
    const index = tinyIndex(CHAIN, ['lonely']);
    expect(leverageOver(index, 'lonely')).toEqual({ groups: [], chains: [] });
    expect(leverageHeldBy(index, 'lonely')).toEqual({ groups: [], chains: [] });
  });
});

describe('leverageMetrics', () => {
  it('counts leverage held and subject to, weighted by evidence', () => {
    const index = tinyIndex(CHAIN);
    const metrics = metricsOf(index);
    expect(Object.fromEntries(metrics.held)).toEqual({ a: 1, b: 2, c: 0, d: 0 });
    expect(Object.fromEntries(metrics.subject)).toEqual({ a: 0, b: 1, c: 1, d: 1 });
  });

  it('finds the broker between the two ends: b lies on a→c and a→d', () => {
    const index = tinyIndex(CHAIN);
    const { brokerage, brokerageSampled } = metricsOf(index);
    expect(brokerageSampled).toBe(false);
    // Two of the (4-1)(4-2) = 6 ordered pairs pass through b.
    expect(brokerage.get('b')).toBeCloseTo(2 / 6);
    expect(brokerage.get('a')).toBe(0);
  });

  it('ranks as most influential the actor with leverage over the actor with leverage', () => {
    const index = tinyIndex(CHAIN);
    const { influence } = metricsOf(index);
    const order = [...influence].sort((x, y) => y[1] - x[1]).map(([id]) => id);
    expect(order[0]).toBe('a');
    expect(order[1]).toBe('b');
    expect([...influence.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1);
  });

  it('estimates brokerage on large maps close to the exact value', () => {
    // A ring of 1,600 actors, each pressing the next: every actor brokers equally.
    const n = EXACT_BROKERAGE_UP_TO + 100;
    const tuples: TinyTuple[] = Array.from({ length: n }, (_, i) => [
      `r${i}`,
      `a${i}`,
      'pressure',
      `a${(i + 1) % n}`,
    ]);
    const index = tinyIndex(tuples);
    const { brokerage, brokerageSampled } = metricsOf(index);
    expect(brokerageSampled).toBe(true);
    const exact = new DirectedGraph();
    for (let i = 0; i < n; i++) exact.addNode(`a${i}`);
    for (let i = 0; i < n; i++) exact.addDirectedEdge(`a${i}`, `a${(i + 1) % n}`);
    const truth = betweennessCentrality(exact, { getEdgeWeight: null });
    for (const id of ['a0', 'a777', `a${n - 1}`]) expect(brokerage.get(id)).toBeCloseTo(truth[id]!, 2);
  });
});
