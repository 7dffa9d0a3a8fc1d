import { describe, expect, it } from 'vitest';
import { layoutRequest } from '../../src/cytoscape/layout/layoutRequest';
import { buildIndex } from '../../src/domain/graphIndex';
import { Dataset } from '../../src/domain/schema';
import { loadFixture } from '../helpers/loadFixture';

describe('layoutRequest', () => {
  it('asks for one edge per related pair, with "part of" links and without loops', async () => {
    const loaded = await loadFixture('minimal.valid.json');
    if (!loaded.ok) throw new Error('fixture does not load');
    const base = loaded.dataset;
    const [first, second] = base.actors;
    const rel = base.relations[0]!;
    const dataset = Dataset.parse({
      ...base,
      actors: [...base.actors.slice(0, 1), { ...second!, parent: first!.id }, ...base.actors.slice(2)],
      relations: [
        ...base.relations,
        { ...rel, id: 'again', source: rel.target, target: rel.source },
        { ...rel, id: 'loop', source: rel.source, target: rel.source },
      ],
    });
    const request = layoutRequest(dataset, buildIndex(dataset, loaded.spans), 'standard', {
      width: 800,
      height: 600,
    });
    const pairs = request.edges.map(([a, b]) => [a, b].sort().join(' '));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toContain([first!.id, second!.id].sort().join(' '));
    expect(request.edges.some(([a, b]) => a === b)).toBe(false);
    expect(request.nodes.map((n) => n.id)).toEqual(dataset.actors.map((a) => a.id));
  });
});
