import { describe, expect, it } from 'vitest';
import { ACTOR_TYPE_IDS } from '../../src/domain/actorTypes';
import { loadDataset } from '../../src/io/loadDataset';
import { generateDataset } from '../../bench/lib/generate';

function load(actors: number, seed: number) {
  const { dataset, texts } = generateDataset({ actors, seed });
  return {
    dataset,
    result: loadDataset({
      file: `w${actors}.json`,
      content: JSON.stringify(dataset),
      readText: (path) => Promise.resolve(texts[path]),
    }),
  };
}

describe('the benchmark’s synthetic datasets', () => {
  it('load through the app’s loader without a single issue, every quote found in its source', async () => {
    const { dataset, result } = load(400, 7);
    const loaded = await result;
    expect(loaded.issues).toEqual([]);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const quotes = dataset.relations.reduce((n, r) => n + r.evidence.length + (r.contested ? 2 : 0), 0);
    expect(loaded.spans.length).toBeGreaterThanOrEqual(quotes);
  });

  it('have the size the workloads name: every actor, about three relations each', async () => {
    const { dataset, result } = load(1000, 1000);
    expect((await result).ok).toBe(true);
    expect(dataset.actors).toHaveLength(1000);
    expect(dataset.relations.length).toBeGreaterThan(2800);
    expect(dataset.relations.length).toBeLessThan(3200);
    expect(Object.keys(dataset.positions ?? {})).toHaveLength(1000);
  });

  it('are the same for the same seed, and differ for another', () => {
    const a = JSON.stringify(generateDataset({ actors: 300, seed: 3 }));
    expect(JSON.stringify(generateDataset({ actors: 300, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ actors: 300, seed: 4 }))).not.toBe(a);
  });

  it('have hubs and communities, not an even random spread', () => {
    const { dataset } = generateDataset({ actors: 1000, seed: 1000 });
    const degree = new Map<string, number>();
    for (const r of dataset.relations) {
      degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
      degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    }
    const degrees = [...degree.values()].sort((a, b) => b - a);
    const medianDegree = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees[0]).toBeGreaterThan(10 * medianDegree);
    // Most relations stay inside a community: both ends in the same country's network.
    const community = new Map(
      dataset.actors.map((a) => [a.id, /in the (\S+) network/.exec(a.description)?.[1]]),
    );
    const inside = dataset.relations.filter((r) => community.get(r.source) === community.get(r.target));
    expect(inside.length / dataset.relations.length).toBeGreaterThan(0.7);
    expect(new Set(community.values()).size).toBeGreaterThan(20);
  });

  it('use several actor and relation types, labels of realistic lengths, and every stance', () => {
    const { dataset } = generateDataset({ actors: 1000, seed: 1000 });
    expect(new Set(dataset.actors.map((a) => a.type)).size).toBe(ACTOR_TYPE_IDS.length);
    expect(new Set(dataset.relations.map((r) => r.type)).size).toBeGreaterThan(15);
    expect(new Set(dataset.relations.map((r) => r.stance))).toEqual(
      new Set(['asserted', 'attributed', 'recommended', 'hypothetical']),
    );
    const lengths = dataset.actors.map((a) => a.label.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...lengths)).toBeGreaterThan(30);
    expect(dataset.relations.some((r) => r.contested)).toBe(true);
    expect(dataset.deals?.length).toBeGreaterThan(0);
  });
});
