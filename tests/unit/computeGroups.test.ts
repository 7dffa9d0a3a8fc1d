import { describe, expect, it } from 'vitest';
import { groupRequest, groupsFor, rememberGroups } from '../../src/workers/computeGroups';

// Two triangles joined by one relation: Louvain finds them (no Worker here, so on the spot).
const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
const pairs = [
  ['a1', 'a2'],
  ['a2', 'a3'],
  ['a3', 'a1'],
  ['b1', 'b2'],
  ['b2', 'b3'],
  ['b3', 'b1'],
  ['a1', 'b1'],
];
const relations = pairs.map(([source, target]) => ({ source: source!, target: target! }));
const request = () => groupRequest(ids, relations);
const live = () => new AbortController().signal;

describe("a map's groups, started early or found when asked", () => {
  it('gives the groups started early for the same dataset, without finding them again', async () => {
    const dataset = {};
    const early = new Int32Array([9, 9, 9, 8, 8, 8]);
    rememberGroups(dataset, ids.length, Promise.resolve(early));
    let asked = 0;
    const groups = await groupsFor(dataset, ids.length, () => (asked++, request()), live());
    expect(groups).toBe(early);
    expect(asked).toBe(0);
  });

  it('finds them when none were started for this dataset, or for another number of actors', async () => {
    const other = {};
    rememberGroups(other, 99, Promise.resolve(new Int32Array(99)));
    for (const dataset of [{}, other]) {
      const groups = await groupsFor(dataset, ids.length, request, live());
      expect(groups[0]).toBe(groups[2]);
      expect(groups[3]).toBe(groups[5]);
      expect(groups[0]).not.toBe(groups[3]);
    }
  });

  it('finds them again when the early ones failed', async () => {
    const dataset = {};
    const failed = Promise.reject(new Error('the worker stopped'));
    failed.catch(() => undefined);
    rememberGroups(dataset, ids.length, failed);
    const groups = await groupsFor(dataset, ids.length, request, live());
    expect(groups).toHaveLength(6);
  });

  it('stops waiting for early groups when the canvas no longer needs them', async () => {
    const dataset = {};
    rememberGroups(dataset, ids.length, new Promise<Int32Array>(() => undefined));
    const abort = new AbortController();
    const waiting = groupsFor(dataset, ids.length, request, abort.signal);
    abort.abort();
    await expect(waiting).rejects.toThrow('The grouping of actors was cancelled');
  });
});
