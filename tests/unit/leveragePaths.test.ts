import { describe, expect, it } from 'vitest';
import { buildLeverageGraph } from '../../src/domain/leverage/leverageGraph';
import { explainNoPath, leveragePaths } from '../../src/domain/leverage/paths';
import { STEP_WEIGHT } from '../../src/domain/leverage/strength';
import { tinyIndex, type TinyTuple } from '../helpers/tinyIndex';

const routes = (index: ReturnType<typeof tinyIndex>, from: string, to: string, options = {}) =>
  leveragePaths(index, from, to, options).paths.map((p) => p.actors.join('>'));

// us presses belarus directly (one source), and also through russia (belarus depends on it);
// belarus leads nothing; a channel runs belarus–lithuania both ways.
const MAP: TinyTuple[] = [
  ['us-presses-by', 'us', 'pressure', 'by'],
  ['us-sanctions-ru', 'us', 'sanctions', 'ru', { sources: ['a', 'b'] }],
  ['by-depends-ru', 'by', 'dependency', 'ru'],
  ['by-lt-channel', 'by', 'channel', 'lt'],
  ['lt-joins-eu', 'lt', 'participation', 'eu'],
];

describe('leveragePaths', () => {
  it('finds the direct lever first and the two-step path through the actor depended on', () => {
    const index = tinyIndex(MAP);
    const { paths } = leveragePaths(index, 'us', 'by');
    expect(paths.map((p) => p.actors.join('>'))).toEqual(['us>by', 'us>ru>by']);
    const [direct, viaRussia] = paths;
    expect(direct!.score).toBeCloseTo(0.9 * STEP_WEIGHT);
    expect(viaRussia!.score).toBeCloseTo(1 * STEP_WEIGHT * 0.9 * STEP_WEIGHT);
    expect(viaRussia!.hops.map((h) => [h.lever.relation.id, h.lever.kind])).toEqual([
      ['us-sanctions-ru', 'pressure'],
      ['by-depends-ru', 'dependency'],
    ]);
    expect(viaRussia!.quotes).toBe(3);
  });

  it('walks a channel either way but never along a relation without leverage', () => {
    const index = tinyIndex(MAP);
    expect(routes(index, 'us', 'lt')).toEqual(['us>by>lt', 'us>ru>by>lt']);
    expect(routes(index, 'lt', 'by')).toEqual(['lt>by']);
    expect(routes(index, 'lt', 'eu')).toEqual([]);
  });

  it('keeps to the step limit', () => {
    const index = tinyIndex(MAP);
    expect(routes(index, 'us', 'lt', { maxHops: 2 })).toEqual(['us>by>lt']);
    expect(routes(index, 'us', 'lt', { maxHops: 1 })).toEqual([]);
  });

  it('never visits an actor twice, even round a cycle of channels', () => {
    const index = tinyIndex([
      ['ab', 'a', 'channel', 'b'],
      ['bc', 'b', 'channel', 'c'],
      ['ca', 'c', 'channel', 'a'],
      ['cd', 'c', 'pressure', 'd'],
    ]);
    const found = routes(index, 'a', 'd', { maxHops: 6 });
    expect(found).toEqual(['a>c>d', 'a>b>c>d']);
    for (const route of found) expect(new Set(route.split('>')).size).toBe(route.split('>').length);
  });

  it('ranks asserted before attributed before hypothetical, and contested steps lower', () => {
    const index = tinyIndex([
      ['x-hyp', 'x', 'pressure', 'h', { stance: 'hypothetical' }],
      ['h-y', 'h', 'pressure', 'y'],
      ['x-att', 'x', 'pressure', 't', { stance: 'attributed' }],
      ['t-y', 't', 'pressure', 'y'],
      ['x-ass', 'x', 'pressure', 's'],
      ['s-y', 's', 'pressure', 'y'],
      ['x-con', 'x', 'pressure', 'c', { contested: true }],
      ['c-y', 'c', 'pressure', 'y'],
    ]);
    expect(routes(index, 'x', 'y')).toEqual(['x>s>y', 'x>t>y', 'x>c>y', 'x>h>y']);
  });

  it('counts a lever that only gives access for less than one that can hurt', () => {
    const index = tinyIndex([
      ['x-talks-a', 'x', 'channel', 'a', { sources: ['a', 'b'] }],
      ['a-y', 'a', 'pressure', 'y', { sources: ['a', 'b'] }],
      ['x-presses-b', 'x', 'pressure', 'b'],
      ['b-y', 'b', 'pressure', 'y'],
    ]);
    // Single-source pressure both steps (0.9 × 0.9) beats a corroborated channel (0.6).
    expect(routes(index, 'x', 'y')).toEqual(['x>b>y', 'x>a>y']);
  });

  it('breaks ties by actor ids, so the order never changes', () => {
    const index = tinyIndex([
      ['x-b', 'x', 'pressure', 'b'],
      ['x-a', 'x', 'pressure', 'a'],
      ['b-y', 'b', 'pressure', 'y'],
      ['a-y', 'a', 'pressure', 'y'],
    ]);
    expect(routes(index, 'x', 'y')).toEqual(['x>a>y', 'x>b>y']);
  });

  it('uses only the kinds, stances and relations it is given', () => {
    const index = tinyIndex(MAP);
    expect(routes(index, 'us', 'by', { kinds: ['pressure'] })).toEqual(['us>by']);
    expect(routes(index, 'us', 'by', { relations: new Set(['us-sanctions-ru', 'by-depends-ru']) })).toEqual([
      'us>ru>by',
    ]);
    const hedged = tinyIndex([['r', 'us', 'pressure', 'by', { stance: 'recommended' }]]);
    expect(routes(hedged, 'us', 'by', { stances: ['asserted'] })).toEqual([]);
  });

  it('puts every lever between the same two actors on one step, strongest leading', () => {
    const index = tinyIndex([
      ['weak', 'us', 'pressure', 'by', { stance: 'attributed' }],
      ['strong', 'us', 'sanctions', 'by'],
    ]);
    const [path] = leveragePaths(index, 'us', 'by').paths;
    expect(path!.hops[0]!.lever.relation.id).toBe('strong');
    expect(path!.hops[0]!.also.map((l) => l.relation.id)).toEqual(['weak']);
  });
});

describe('explainNoPath', () => {
  it('names what the first actor can reach, nearest first, and suggests the other way round', () => {
    const index = tinyIndex(MAP);
    const graph = buildLeverageGraph(index);
    const why = explainNoPath(graph, 'lt', 'us');
    expect(why.reason.kind).toBe('nobody-over');
    // Belarus depends on Russia: that is Russia's lever, not Belarus's, so Lithuania stops at Belarus.
    expect(why.reachable).toEqual([{ id: 'by', hops: 1 }]);
    expect(why.reverse).toBe(true);
  });

  it('says when a path exists beyond the step limit, and when the first actor holds nothing', () => {
    const index = tinyIndex(MAP);
    const graph = buildLeverageGraph(index);
    expect(explainNoPath(graph, 'us', 'lt', { maxHops: 1 }).reason).toEqual({ kind: 'too-far', shortest: 2 });
    expect(explainNoPath(graph, 'eu', 'us').reason.kind).toBe('holds-nothing');
    expect(explainNoPath(graph, 'by', 'by')).toMatchObject({ reason: { kind: 'same' }, reverse: false });
  });
});
