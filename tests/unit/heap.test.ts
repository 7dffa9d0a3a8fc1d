import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../src/domain/leverage/heap';

describe('Heap', () => {
  it('gives items back in order, whatever order they went in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), (values) => {
        const heap = new Heap<number>((a, b) => a - b);
        for (const v of values) heap.push(v);
        const out: number[] = [];
        while (heap.size > 0) out.push(heap.pop()!);
        expect(out).toEqual([...values].sort((a, b) => a - b));
        expect(heap.pop()).toBeUndefined();
      }),
    );
  });
});
