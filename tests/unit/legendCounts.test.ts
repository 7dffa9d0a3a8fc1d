import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/graphIndex';
import { legendCounts, presentIn, presentTypesIn, sourcesByUse } from '../../src/domain/legendCounts';
import { ACTOR_TYPE_IDS } from '../../src/domain/actorTypes';
import { Dataset, type DatasetInput } from '../../src/domain/schema';
import { tinyDataset } from '../helpers/tinyIndex';

const input: DatasetInput = {
  format: 'leverage-map',
  version: 1,
  title: 't',
  description: 'd',
  sources: [
    { id: 's1', title: 'One', publisher: 'P', published: '2025', text: 'a.txt' },
    { id: 's2', title: 'Two', publisher: 'Q', published: '2025', text: 'b.txt' },
  ],
  actors: [
    { id: 'a', label: 'A', type: 'state', description: 'x' },
    { id: 'b', label: 'B', type: 'state', description: 'x' },
    { id: 'c', label: 'C', type: 'person', description: 'x' },
  ],
  relations: [
    {
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'sanctions',
      label: 'l',
      claim: 'c',
      // Two quotes from one source count once for that source.
      evidence: [
        { source: 's1', quote: 'x' },
        { source: 's1', quote: 'y' },
        { source: 's2', quote: 'z' },
      ],
    },
    {
      id: 'r2',
      source: 'b',
      target: 'c',
      type: 'pressure',
      label: 'l',
      claim: 'c',
      evidence: [{ source: 's1', quote: 'x' }],
      stance: 'attributed',
    },
    {
      id: 'r3',
      source: 'c',
      target: 'a',
      type: 'support',
      label: 'l',
      claim: 'c',
      evidence: [{ source: 's2', quote: 'x' }],
      contested: {
        summary: 's',
        positions: [
          { actors: ['a'], position: 'asserts', claim: 'c', evidence: [{ source: 's2', quote: 'x' }] },
          { actors: ['b'], position: 'disputes', claim: 'c', evidence: [{ source: 's2', quote: 'x' }] },
        ],
      },
    },
  ],
};
const counts = legendCounts(buildIndex(Dataset.parse(input), []));

describe('legendCounts', () => {
  it('counts actors by type', () => {
    expect(counts.actorTypes.get('state')).toBe(2);
    expect(counts.actorTypes.get('person')).toBe(1);
    expect(counts.actorTypes.get('bloc')).toBeUndefined();
  });

  it('counts relations by type, category, stance and source', () => {
    expect(counts.relationTypes.get('sanctions')).toBe(1);
    expect(counts.categories.get('coercion')).toBe(2);
    expect(counts.categories.get('support')).toBe(1);
    expect(counts.stances.get('asserted')).toBe(2);
    expect(counts.stances.get('attributed')).toBe(1);
    expect(counts.sources.get('s1')).toBe(2);
    expect(counts.sources.get('s2')).toBe(2);
    expect(counts.contested).toBe(1);
  });

  it('lists only what is present, in registry order', () => {
    expect(presentIn(ACTOR_TYPE_IDS, counts.actorTypes)).toEqual(['state', 'person']);
    expect(presentTypesIn('coercion', counts)).toEqual(['sanctions', 'pressure']);
    expect(presentTypesIn('military', counts)).toEqual([]);
  });
});

describe('the sources in reading order', () => {
  it('puts those quoted by the most relations first, ties in the dataset’s order', () => {
    const dataset = Dataset.parse({
      ...tinyDataset([
        ['r1', 'a', 'sanctions', 'b', { sources: ['x'] }],
        ['r2', 'a', 'sanctions', 'c', { sources: ['z', 'z'] }],
        ['r3', 'b', 'sanctions', 'c', { sources: ['z', 'y'] }],
        ['r4', 'c', 'sanctions', 'a', { sources: ['z'] }],
      ]),
      sources: ['w', 'x', 'y', 'z'].map((id) => ({
        id,
        title: id,
        publisher: id,
        published: '2025',
        content: '…',
      })),
    });
    // z: three relations (r2 quotes it twice, counted once); x and y one each; w none.
    const index = buildIndex(dataset, []);
    expect(sourcesByUse(index, legendCounts(index).sources).map((s) => s.id)).toEqual(['z', 'x', 'y', 'w']);
  });
});
