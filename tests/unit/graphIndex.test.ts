import { describe, expect, it } from 'vitest';
import { buildIndex, relationsOfSelection, sourcesByUse } from '../../src/domain/graphIndex';
import { Dataset } from '../../src/domain/schema';
import { tinyDataset } from '../helpers/tinyIndex';

const index = buildIndex(
  Dataset.parse({
    ...tinyDataset([
      ['r1', 'a', 'sanctions', 'b'],
      ['r2', 'b', 'sanctions', 'c'],
      ['r3', 'c', 'sanctions', 'a'],
    ]),
    deals: [
      {
        id: 'd',
        label: 'A trade',
        summary: 'r1 for r2.',
        relations: ['r1', 'r2', 'gone'],
        evidence: [{ source: 'a', quote: 'A trade.' }],
      },
    ],
  }),
  [],
);

describe('the relations a selection stands for', () => {
  it('is a relation itself, a deal’s relations the map holds, and none for an actor or nothing', () => {
    const ids = (selected: Parameters<typeof relationsOfSelection>[1]) =>
      relationsOfSelection(index, selected).map((r) => r.id);
    expect(ids({ kind: 'relation', id: 'r3' })).toEqual(['r3']);
    expect(ids({ kind: 'deal', id: 'd' })).toEqual(['r1', 'r2']);
    expect(ids({ kind: 'actor', id: 'a' })).toEqual([]);
    expect(ids({ kind: 'relation', id: 'missing' })).toEqual([]);
    expect(ids(null)).toEqual([]);
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
    expect(sourcesByUse(buildIndex(dataset, [])).map((s) => s.id)).toEqual(['z', 'x', 'y', 'w']);
  });
});
