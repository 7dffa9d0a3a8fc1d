import { describe, expect, it } from 'vitest';
import { buildIndex, indexFor, prepareIndex, relationsOfSelection } from '../../src/domain/graphIndex';
import type { QuoteSpan } from '../../src/domain/integrity';
import { Dataset } from '../../src/domain/schema';
import { countingPauses, ringTuples, tinyDataset } from '../helpers/tinyIndex';

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

describe('an index prepared ahead of the opening', () => {
  // A ring of 9,000 actors and relations: 27,000 items to index, a few slices' worth.
  const ring = Dataset.parse(tinyDataset(ringTuples(9_000)));

  it('is built in slices, with the page given its thread back between them, and found ready', async () => {
    const counter = countingPauses();
    const spans: QuoteSpan[] = [];
    await prepareIndex(ring, spans, counter.next);
    expect(counter.pauses).toBeGreaterThan(1);
    const prepared = indexFor(ring, spans);
    expect(indexFor(ring, spans)).toBe(prepared);
    expect(prepared).toEqual(buildIndex(ring, []));
    expect(prepared.outgoing.get('a41')?.map((r) => r.target)).toEqual(['a42']);
    expect(prepared.degree.get('a0')).toBe(2);
  });

  it('is not used for the same dataset with other quote spans', async () => {
    await prepareIndex(ring, [], () => Promise.resolve());
    const spans: QuoteSpan[] = [
      { sourceId: 'a', start: 0, end: 4, elementId: 'r1', elementKind: 'relation', path: 'relations[1]' },
    ];
    expect(indexFor(ring, spans).spansBySource.get('a')).toHaveLength(1);
  });
});
