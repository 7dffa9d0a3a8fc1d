import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/cytoscape/elements';
import { elementsFor, prepareElements } from '../../src/cytoscape/elementsFor';
import { countingPauses, tinyIndex, tinyDataset, type TinyTuple } from '../helpers/tinyIndex';
import { Dataset } from '../../src/domain/schema';
import { buildIndex } from '../../src/domain/graphIndex';

// 8,000 actors in a ring, with a second relation between every other neighbour: parallel
// lines to offset, and enough elements for several slices.
function ring() {
  const tuples: TinyTuple[] = [];
  for (let i = 0; i < 8_000; i++) {
    const [a, b] = [`a${i}`, `a${(i + 1) % 8_000}`];
    tuples.push([`r${i}`, a, 'sanctions', b]);
    if (i % 2 === 0) tuples.push([`s${i}`, b, 'dependency', a]);
  }
  const dataset = Dataset.parse(tinyDataset(tuples));
  return { dataset, index: buildIndex(dataset, []) };
}

describe("a large map's elements made ahead of its drawing", () => {
  it('come a slice per task and are then the ones the canvas draws, the same as made at once', async () => {
    const { dataset, index } = ring();
    const counter = countingPauses();
    const ready = await prepareElements(dataset, index, counter.next, new AbortController().signal);
    expect(ready).toBe(true);
    expect(counter.pauses).toBeGreaterThan(1);
    const { elements } = elementsFor(dataset, index);
    expect(elementsFor(dataset, index).elements).toBe(elements);
    expect(elements).toEqual(toElements(dataset, index));
    // Two relations between a0 and a1: drawn apart, one each side.
    const offsets = elements
      .filter((e) => e.data.id === 'r0' || e.data.id === 's0')
      .map((e) => e.data.offset as number);
    expect(offsets).toEqual([-14, -14]);
  });

  it('stop once another map is opened, and are made whole when asked for', async () => {
    const { dataset, index } = ring();
    const abort = new AbortController();
    const ready = await prepareElements(
      dataset,
      index,
      countingPauses(() => abort.abort()).next,
      abort.signal,
    );
    expect(ready).toBe(false);
    expect(elementsFor(dataset, index).elements).toHaveLength(8_000 + 12_000);
  });

  it('are ready at once for a map already made', async () => {
    const index = tinyIndex([['r1', 'a', 'sanctions', 'b']]);
    const dataset = Dataset.parse(tinyDataset([['r1', 'a', 'sanctions', 'b']]));
    elementsFor(dataset, index);
    const next = () => Promise.reject(new Error('no pause expected'));
    await expect(prepareElements(dataset, index, next, new AbortController().signal)).resolves.toBe(true);
  });
});
