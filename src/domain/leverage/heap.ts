/**
 * A binary heap: the path search's queue of partial paths, best first. Ours rather than a
 * library's: thirty lines, where the smallest well-kept one (mnemonist's) brought 4 KiB of
 * gzipped script into the page's first load.
 */
export class Heap<T> {
  private readonly items: T[] = [];

  /** `before(a, b)` is negative when a should come out before b. */
  constructor(private readonly before: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.before(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < items.length && this.before(items[left]!, items[best]!) < 0) best = left;
      if (right < items.length && this.before(items[right]!, items[best]!) < 0) best = right;
      if (best === i) return top;
      [items[i], items[best]] = [items[best]!, items[i]!];
      i = best;
    }
  }
}
