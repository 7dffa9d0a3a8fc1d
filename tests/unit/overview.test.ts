import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/cytoscape/elements';
import {
  actorsInFocus,
  buildOverview,
  groupClasses,
  groupsInView,
  groupsToOpen,
  openKey,
  projectOverview,
  watchOverview,
  type Overview,
} from '../../src/cytoscape/groupOverview';
import { isGroupId, SHOW_ACTORS_EVENT } from '../../src/cytoscape/overviewKeys';
import { groupRequest } from '../../src/workers/computeGroups';
import { buildIndex } from '../../src/domain/graphIndex';
import { findGroups } from '../../src/domain/overview/groups';
import { Dataset, type Position } from '../../src/domain/schema';
import { tinyDataset, type TinyTuple } from '../helpers/tinyIndex';

/**
 * Two tight clusters far apart (a1…a5 round (0, 0), b1…b5 round (100000, 0)), one relation
 * between them, and a lone pair (c1, c2) too small to be a group.
 */
function twoClusters() {
  const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3', 'b4', 'b5', 'c1', 'c2'];
  const positions = Object.fromEntries(
    ids.map((id, i) => {
      const x = id.startsWith('a') ? 0 : id.startsWith('b') ? 100000 : 50000;
      return [id, { x: x + (i % 5) * 40, y: 5000 * (id.startsWith('c') ? 1 : 0) + (i % 3) * 40 }];
    }),
  );
  const pairs: [string, string][] = [];
  for (const cluster of ['a', 'b'])
    for (let i = 1; i <= 5; i++)
      for (let j = i + 1; j <= 5; j++) pairs.push([`${cluster}${i}`, `${cluster}${j}`]);
  pairs.push(['a1', 'b1'], ['c1', 'c2']);
  const dataset = datasetOf(ids, pairs, positions);
  const index = buildIndex(dataset, []);
  const actorIds = dataset.actors.map((a) => a.id);
  const { actorCount, links } = groupRequest(actorIds, dataset.relations);
  const overview = buildOverview(actorIds, findGroups(actorCount, links), index, positions);
  return { dataset, index, overview, elements: toElements(dataset, index), positions };
}

/** A map of these actors (labelled as their ids in capitals) and a relation r<n> per pair. */
function datasetOf(
  ids: readonly string[],
  pairs: readonly [string, string][],
  positions: Record<string, Position>,
) {
  const tuples = pairs.map(([source, target], n): TinyTuple => [`r${n}`, source, 'sanctions', target]);
  return Dataset.parse({ ...tinyDataset(tuples, [...ids]), positions });
}

const ids = (elements: readonly ElementDefinition[], group: 'nodes' | 'edges') =>
  elements.filter((el) => el.group === group).map((el) => el.data.id!);

function groupOf(overview: Overview, actor: string): string {
  const group = overview.groupOf.get(actor);
  if (!group) throw new Error(`${actor} is in no group`);
  return group;
}

describe('findGroups (Louvain, in the worker)', () => {
  it('finds the communities, numbered largest first, the same on every run', () => {
    // A clique of 6 and a clique of 4, joined by one link.
    const links: number[] = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) links.push(i, j);
    for (let i = 6; i < 10; i++) for (let j = i + 1; j < 10; j++) links.push(i, j);
    links.push(0, 6);
    const groups = findGroups(10, Int32Array.from(links));
    expect([...groups]).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect([...findGroups(10, Int32Array.from(links))]).toEqual([...groups]);
  });
});

describe('buildOverview', () => {
  it('makes a group of each cluster, named after its busiest actor, and leaves groups too small as actors', () => {
    const { overview } = twoClusters();
    expect(overview.groups.size).toBe(2);
    const a = overview.groups.get(groupOf(overview, 'a2'))!;
    // a1 has the most relations (the one to b1 besides its cluster's).
    expect(a.members[0]).toBe('a1');
    expect(a.label).toBe('A1 and 4 more');
    expect(a.centre.x).toBeGreaterThan(0);
    expect(a.centre.x).toBeLessThan(200);
    expect(overview.groupOf.has('c1')).toBe(false);
  });

  it('splits a group whose actors stand apart on the map into one circle per place', () => {
    const { index, dataset } = twoClusters();
    const actorIds = dataset.actors.map((actor) => actor.id);
    // As if Louvain had put both clusters in one group.
    const assignment = Int32Array.from(actorIds.map((id) => (id.startsWith('c') ? 1 : 0)));
    const overview = buildOverview(actorIds, assignment, index, dataset.positions!);
    expect(overview.groups.size).toBe(2);
    expect(groupOf(overview, 'a1')).not.toBe(groupOf(overview, 'b1'));
  });
});

describe('projectOverview', () => {
  it('draws closed groups as circles with a line between them counting their relations', () => {
    const { overview, elements } = twoClusters();
    const { elements: drawn, members } = projectOverview(elements, overview, new Set());
    const a = groupOf(overview, 'a1');
    const b = groupOf(overview, 'b1');
    expect(ids(drawn, 'nodes').sort()).toEqual([a, b, 'c1', 'c2'].sort());
    const link = drawn.find((el) => el.group === 'edges' && el.data.id !== 'r21')!;
    expect(link.data).toMatchObject({ count: 1, label: '1 relation' });
    expect(members.get(link.data.id!)).toEqual(['r20']);
    // The relation between the pair of lone actors is drawn as it is.
    expect(ids(drawn, 'edges')).toContain('r21');
    expect(members.get(a)).toHaveLength(5);
    const circle = drawn.find((el) => el.data.id === a)!;
    expect(circle.classes).toContain('group');
    expect(circle.data.label).toBe('A1 and 4 more');
  });

  it('draws an open group as its actors and their relations, with a line to the closed one', () => {
    const { overview, elements } = twoClusters();
    const a = groupOf(overview, 'a1');
    const b = groupOf(overview, 'b1');
    const { elements: drawn, members } = projectOverview(elements, overview, new Set([a]));
    expect(ids(drawn, 'nodes').sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', b, 'c1', 'c2'].sort());
    // The ten relations inside cluster a, the lone pair's, and one line from a1 to b's circle.
    const edges = drawn.filter((el) => el.group === 'edges');
    expect(edges).toHaveLength(12);
    const link = edges.find((el) => isGroupId(String(el.data.target)) || isGroupId(String(el.data.source)))!;
    expect([link.data.source, link.data.target].sort()).toEqual(['a1', b].sort());
    expect(members.get(link.data.id!)).toEqual(['r20']);
  });

  it('draws between closed groups only the stronger ties, and each group its strongest', () => {
    // Groups x, y and z of three actors each, far apart: x and y joined by three relations,
    // z by one to each of them.
    const ids = ['x1', 'x2', 'x3', 'y1', 'y2', 'y3', 'z1', 'z2', 'z3'];
    const corner = { x: { x: 0, y: 0 }, y: { x: 100000, y: 0 }, z: { x: 0, y: 100000 } };
    const positions = Object.fromEntries(
      ids.map((id, i) => {
        const at = corner[id[0] as 'x' | 'y' | 'z'];
        return [id, { x: at.x + (i % 3) * 40, y: at.y }];
      }),
    );
    const pairs: [string, string][] = [
      ['x1', 'y1'],
      ['x2', 'y2'],
      ['x3', 'y3'],
      ['y1', 'z1'],
      ['x1', 'z2'],
    ];
    const line = (a: string, b: string, count: number) => `${[a, b].sort().join(' ')} ${count}`;
    const dataset = datasetOf(ids, pairs, positions);
    const index = buildIndex(dataset, []);
    const overview = buildOverview(ids, Int32Array.from([0, 0, 0, 1, 1, 1, 2, 2, 2]), index, positions);
    const elements = toElements(dataset, index);
    const lines = (open: ReadonlySet<string>) =>
      projectOverview(elements, overview, open)
        .elements.filter((el) => el.group === 'edges')
        .map((el) => line(String(el.data.source), String(el.data.target), Number(el.data.count)))
        .sort();
    const [x, y, z] = ['x1', 'y1', 'z1'].map((id) => groupOf(overview, id)) as [string, string, string];
    // x–y carries three; of z's two single lines, the first in order is kept, the other left out.
    const kept = [line(x, z, 1), line(y, z, 1)].sort()[0]!;
    expect(lines(new Set())).toEqual([line(x, y, 3), kept].sort());
    // Lines to actors drawn as themselves are all drawn, single ones too.
    expect(lines(new Set([x]))).toEqual(
      expect.arrayContaining([line('x1', y, 1), line('x2', y, 1), line('x3', y, 1), line('x1', z, 1)]),
    );
  });

  it('draws every actor and relation when every group is open', () => {
    const { overview, elements } = twoClusters();
    const { elements: drawn, members } = projectOverview(elements, overview, new Set(overview.groups.keys()));
    expect(drawn).toEqual(elements);
    expect(members.size).toBe(0);
  });
});

describe('which groups open', () => {
  it('opens the groups of the selection and the path besides those opened by hand', () => {
    const { overview, index } = twoClusters();
    const a = groupOf(overview, 'a1');
    const b = groupOf(overview, 'b1');
    expect([...groupsToOpen(overview, actorsInFocus(index, { kind: 'actor', id: 'a3' }, null), [])]).toEqual([
      a,
    ]);
    // A relation opens the groups of both its ends.
    expect(
      [...groupsToOpen(overview, actorsInFocus(index, { kind: 'relation', id: 'r20' }, null), [])].sort(),
    ).toEqual([a, b].sort());
    expect([...groupsToOpen(overview, [], [b])]).toEqual([b]);
    // Actors drawn as themselves have no group to open.
    expect(groupsToOpen(overview, ['c1'], []).size).toBe(0);
  });

  it('opens the groups in view once they hold few enough actors, and none before', () => {
    const { overview } = twoClusters();
    const a = groupOf(overview, 'a1');
    const nearA = { x1: -100, x2: 300, y1: -100, y2: 300 };
    expect([...groupsInView(overview, nearA, 10)]).toEqual([a]);
    const everything = { x1: -1000, x2: 101000, y1: -1000, y2: 6000 };
    expect(groupsInView(overview, everything, 10).size).toBe(2);
    expect(groupsInView(overview, everything, 9).size).toBe(0);
  });
});

describe('groupClasses', () => {
  it('hides a group when all its actors are filtered out, fades it when none is in focus, and marks lines touching the selection', () => {
    const members = new Map([
      ['group:1', ['a1', 'a2']],
      ['group:2', ['b1', 'b2']],
      ['group-link:group:1 group:2', ['r20']],
    ]);
    const classes = groupClasses(members, {
      hidden: new Set(['a1', 'a2', 'b1']),
      faded: new Set(['b2']),
      incident: new Set(['r20']),
    });
    expect(classes).toEqual({
      hidden: ['group:1'],
      faded: ['group:2'],
      incident: ['group-link:group:1 group:2'],
    });
  });
});

describe('groupRequest', () => {
  it('hands the worker the relations as pairs of actor indexes', () => {
    const { dataset } = twoClusters();
    const request = groupRequest(
      dataset.actors.map((a) => a.id),
      dataset.relations,
    );
    expect(request.actorCount).toBe(12);
    expect(request.links).toHaveLength(dataset.relations.length * 2);
    // r20: a1 (0) → b1 (5).
    expect([request.links[40], request.links[41]]).toEqual([0, 5]);
  });
});

describe('a story presented on an overview', () => {
  it('opens the groups of the actors a slide shows, and closes them when the story ends', () => {
    const { overview, index } = twoClusters();
    const cy = cytoscape({ headless: true });
    let changes = 0;
    const stop = watchOverview(cy, overview, () => changes++);
    const a = groupOf(overview, 'a1');
    cy.emit(SHOW_ACTORS_EVENT, [['a3', 'c1']]);
    expect(changes).toBe(1);
    expect(openKey(cy, overview, index, null, null)).toBe(a);
    // Another actor of the same group: nothing to draw again.
    cy.emit(SHOW_ACTORS_EVENT, [['a2']]);
    expect(changes).toBe(1);
    // Alongside what the selection opens.
    const b = groupOf(overview, 'b1');
    expect(openKey(cy, overview, index, { kind: 'actor', id: 'b2' }, null)).toBe([a, b].sort().join('\n'));
    cy.emit(SHOW_ACTORS_EVENT, [[]]);
    expect(changes).toBe(2);
    expect(openKey(cy, overview, index, null, null)).toBe('');
    stop();
    cy.emit(SHOW_ACTORS_EVENT, [['a1']]);
    expect(changes).toBe(2);
  });
});
