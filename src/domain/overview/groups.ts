/**
 * Groups of closely linked actors, for the overview of a map too large to draw whole (see
 * cytoscape/groupOverview.ts): communities found by Louvain's method
 * (graphology-communities-louvain) on the relations taken as undirected links, with parallel
 * relations adding weight. A community
 * too large to open at once is drawn whole when opened (in large mode, as a map of that size
 * would be); one spread over the map is split by place (see buildOverview). Run in a worker
 * on large maps (workers/groupsWorker.ts); pure, so it is tested directly.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../seededRandom';
import { pushTo } from '../lists';

/**
 * The group of each of `actorCount` actors, given the relations as pairs of actor indexes
 * (`links[2i]`, `links[2i + 1]`): numbered 0, 1, … by size, largest first.
 */
export function findGroups(actorCount: number, links: Int32Array): Int32Array {
  const graph = new UndirectedGraph();
  for (let actor = 0; actor < actorCount; actor++) graph.addNode(actor);
  for (let i = 0; i < links.length; i += 2) {
    const a = links[i] ?? -1;
    const b = links[i + 1] ?? -1;
    if (a === b || a < 0 || b < 0 || a >= actorCount || b >= actorCount) continue;
    graph.updateEdge(a, b, (attributes) => ({
      weight: ((attributes.weight as number | undefined) ?? 0) + 1,
    }));
  }
  // A fixed sequence, so the same map gives the same groups.
  const found = louvain(graph, { rng: seededRandom(20251217), getEdgeWeight: 'weight' });
  const byGroup = new Map<number, number[]>();
  for (const [actor, group] of Object.entries(found)) pushTo(byGroup, group, Number(actor));
  const groups = [...byGroup.values()];
  // Largest first, ties by their first actor, so the numbering does not depend on Louvain's.
  const first = (members: readonly number[]) =>
    members.reduce((min, actor) => Math.min(min, actor), Infinity);
  groups.sort((a, b) => b.length - a.length || first(a) - first(b));
  const groupOf = new Int32Array(actorCount);
  groups.forEach((members, group) => {
    for (const actor of members) groupOf[actor] = group;
  });
  return groupOf;
}
