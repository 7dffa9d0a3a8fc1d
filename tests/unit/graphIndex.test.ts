import { describe, expect, it } from 'vitest';
import { buildIndex, relationsOfSelection } from '../../src/domain/graphIndex';
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
