/**
 * The overview of a map too large to draw whole (OVERVIEW_FROM_ACTORS actors or more): each
 * group of closely linked actors (domain/overview/groups.ts) is drawn as one circle where its
 * actors stand, named after its busiest actor and counting the rest, and the relations
 * between groups as one line per pair, as thick as they are many. A group is opened, drawn as
 * its actors and their own relations, when the reader selects one of its actors, clicks it,
 * follows a leverage path through it, or zooms in on it (see useOverviewGroups.ts).
 *
 * Pure: the element definitions for the groups open now, from the map's own elements.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { Position } from '../domain/schema';

/** Maps of this many actors or more open as an overview of their groups. */
export const OVERVIEW_FROM_ACTORS = 3000;

/** Groups smaller than this are drawn as their actors from the start. */
export const MIN_GROUP = 3;

export const GROUP_PREFIX = 'group:';
const LINK_PREFIX = 'group-link:';

export const isGroupId = (id: string): boolean => id.startsWith(GROUP_PREFIX);

export interface ActorGroup {
  id: string;
  /** Its actors, busiest first. */
  members: readonly string[];
  /** Where it is drawn: the middle of its actors, and how far they spread around it. */
  centre: Position;
  radius: number;
  label: string;
}

export interface Overview {
  groups: ReadonlyMap<string, ActorGroup>;
  /** The group each grouped actor belongs to; actors of groups too small are not in it. */
  groupOf: ReadonlyMap<string, string>;
}

/** What the worker is asked: the actors as indexes, the relations as pairs of them. */
export function groupRequest(actorIds: readonly string[], index: GraphIndex) {
  const position = new Map(actorIds.map((id, i) => [id, i]));
  const links = new Int32Array(index.relations.size * 2);
  let i = 0;
  for (const rel of index.relations.values()) {
    links[i++] = position.get(rel.source) ?? 0;
    links[i++] = position.get(rel.target) ?? 0;
  }
  return { actorCount: actorIds.length, links };
}

/**
 * The parts of a group that stand apart on the map: its actors joined when they are within
 * `reach` of one another (cells of that size on a grid, neighbouring cells joined), so each
 * circle covers one stretch of the map. A force layout keeps a community together, but a map
 * laid out otherwise (by hand, by another tool) may not.
 */
function partsByPlace(
  members: readonly string[],
  positions: Readonly<Record<string, Position>>,
  reach: number,
): string[][] {
  const cellOf = (p: Position) => `${Math.floor(p.x / reach)} ${Math.floor(p.y / reach)}`;
  const cells = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const id of members) {
    const p = positions[id];
    if (!p) {
      unplaced.push(id);
      continue;
    }
    const key = cellOf(p);
    const list = cells.get(key);
    if (list) list.push(id);
    else cells.set(key, [id]);
  }
  const parts: string[][] = [];
  const seen = new Set<string>();
  for (const start of cells.keys()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const part: string[] = [];
    const queue = [start];
    while (queue.length > 0) {
      const key = queue.pop()!;
      part.push(...(cells.get(key) ?? []));
      const [cx, cy] = key.split(' ').map(Number) as [number, number];
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const next = `${cx + dx} ${cy + dy}`;
          if (!seen.has(next) && cells.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
    }
    parts.push(part);
  }
  // Actors without a place go with the group's largest part.
  parts.sort((a, b) => b.length - a.length);
  if (unplaced.length > 0) {
    if (parts[0]) parts[0].push(...unplaced);
    else parts.push(unplaced);
  }
  return parts;
}

/** A typical distance between neighbouring actors: the side of each one's share of the map. */
function typicalSpacing(points: readonly Position[]): number {
  if (points.length < 2) return 1;
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  return Math.max(1, Math.sqrt(((x2 - x1) * (y2 - y1)) / points.length));
}

/** Actors within this many typical spacings of each other stay in one part of a group. */
const REACH_IN_SPACINGS = 3;

/**
 * The overview from each actor's group (`assignment[i]` for `actorIds[i]`) and where they
 * stand: each group split into the parts that stand apart on the map (see partsByPlace).
 */
export function buildOverview(
  actorIds: readonly string[],
  assignment: Int32Array,
  index: GraphIndex,
  positions: Readonly<Record<string, Position>>,
): Overview {
  const byGroup = new Map<number, string[]>();
  actorIds.forEach((id, i) => {
    const group = assignment[i] ?? -1;
    const list = byGroup.get(group);
    if (list) list.push(id);
    else byGroup.set(group, [id]);
  });
  const reach =
    REACH_IN_SPACINGS * typicalSpacing(actorIds.map((id) => positions[id]).filter((p): p is Position => !!p));
  const groups = new Map<string, ActorGroup>();
  const groupOf = new Map<string, string>();
  const degree = (id: string) => index.degree.get(id) ?? 0;
  for (const [number, found] of byGroup) {
    partsByPlace(found, positions, reach).forEach((part, partNumber) => {
      if (part.length < MIN_GROUP) return;
      const members = part.sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
      const placed = members.map((id) => positions[id]).filter((p): p is Position => p !== undefined);
      const count = Math.max(1, placed.length);
      const centre = {
        x: placed.reduce((sum, p) => sum + p.x, 0) / count,
        y: placed.reduce((sum, p) => sum + p.y, 0) / count,
      };
      const spread = Math.sqrt(
        placed.reduce((sum, p) => sum + (p.x - centre.x) ** 2 + (p.y - centre.y) ** 2, 0) / count,
      );
      const id = `${GROUP_PREFIX}${number}-${partNumber}`;
      const busiest = members[0] ?? '';
      const hub = index.actors.get(busiest)?.label ?? busiest;
      groups.set(id, {
        id,
        members,
        centre,
        radius: Math.max(30, spread),
        label: `${hub} and ${(members.length - 1).toLocaleString('en-GB')} more`,
      });
      for (const member of members) groupOf.set(member, id);
    });
  }
  return { groups, groupOf };
}

export interface Projection {
  elements: ElementDefinition[];
  /** For each group drawn closed, its actors; for each line between groups, its relations. */
  members: ReadonlyMap<string, readonly string[]>;
}

const GROUP_FILL = '#d5dee9';
const GROUP_OUTLINE = '#64748b';
const LINK_COLOR = '#8896a6';

/**
 * The elements to draw with the groups in `open` opened: the map's own elements (`base`,
 * from toElements) for every actor drawn as itself and every relation between two of them,
 * a circle for each group closed, and a line for each pair of drawn ends that closed groups
 * stand between. Relations inside a closed group are not drawn.
 */
export function projectOverview(
  base: readonly ElementDefinition[],
  overview: Overview,
  open: ReadonlySet<string>,
): Projection {
  const present = new Set<string>();
  for (const el of base) if (el.group === 'nodes') present.add(el.data.id!);
  const drawnAs = (actor: string): string => {
    const group = overview.groupOf.get(actor);
    return group === undefined || open.has(group) ? actor : group;
  };
  const elements: ElementDefinition[] = [];
  const members = new Map<string, string[]>();
  for (const el of base) if (el.group === 'nodes' && drawnAs(el.data.id!) === el.data.id) elements.push(el);
  for (const group of overview.groups.values()) {
    if (open.has(group.id)) continue;
    const inside = group.members.filter((id) => present.has(id));
    if (inside.length === 0) continue;
    members.set(group.id, inside);
    elements.push({
      group: 'nodes',
      data: {
        id: group.id,
        label: group.label,
        type: 'group',
        degree: inside.length,
        count: inside.length,
        size: Math.round(2 * group.radius),
        shape: 'ellipse',
        color: GROUP_FILL,
        border: GROUP_OUTLINE,
      },
      classes: 'group tier-1',
      position: { ...group.centre },
    });
  }
  const links = new Map<string, { source: string; target: string; relations: string[] }>();
  for (const el of base) {
    if (el.group !== 'edges') continue;
    const { id, source, target, partOf } = el.data as {
      id: string;
      source: string;
      target: string;
      partOf?: 1;
    };
    const from = drawnAs(source);
    const to = drawnAs(target);
    if (from === source && to === target) {
      elements.push(el);
      continue;
    }
    // Inside a closed group, or a "part of" link to one: the circle stands for both.
    if (from === to || partOf) continue;
    const [a, b] = from < to ? [from, to] : [to, from];
    const key = `${LINK_PREFIX}${a} ${b}`;
    const link = links.get(key);
    if (link) link.relations.push(id);
    else links.set(key, { source: a, target: b, relations: [id] });
  }
  for (const [id, { source, target, relations }] of links) {
    members.set(id, relations);
    elements.push({
      group: 'edges',
      data: {
        id,
        source,
        target,
        count: relations.length,
        label:
          relations.length === 1 ? '1 relation' : `${relations.length.toLocaleString('en-GB')} relations`,
        short: '',
        color: LINK_COLOR,
        arrow: 'none',
        line: 'solid',
        lineStyle: 'solid',
        offset: 0,
        curve: 'straight',
      },
      classes: 'group-link',
      selectable: false,
    });
  }
  return { elements, members };
}

/**
 * The groups to open for what the reader is looking at: those of the given actors (the
 * selection and its ends, a leverage path's actors), besides the groups opened by hand or by
 * zooming in.
 */
export function groupsToOpen(
  overview: Overview,
  actors: Iterable<string>,
  besides: Iterable<string>,
): Set<string> {
  const open = new Set(besides);
  for (const actor of actors) {
    const group = overview.groupOf.get(actor);
    if (group !== undefined) open.add(group);
  }
  return open;
}

/**
 * Which groups the view asks to open when zoomed in: those whose circle is in view, if
 * together they hold no more than `budget` actors (otherwise none: the map is still an
 * overview at that zoom).
 */
export function groupsInView(
  overview: Overview,
  extent: { x1: number; x2: number; y1: number; y2: number },
  budget: number,
): Set<string> {
  const inView = new Set<string>();
  let actors = 0;
  for (const group of overview.groups.values()) {
    const { x, y } = group.centre;
    const r = group.radius;
    if (x + r < extent.x1 || x - r > extent.x2 || y + r < extent.y1 || y - r > extent.y2) continue;
    actors += group.members.length;
    if (actors > budget) return new Set();
    inView.add(group.id);
  }
  return inView;
}

/**
 * The classes of the drawn groups and the lines between them, from those of what they stand
 * for: hidden when all of it is filtered out, faded when none of it is in focus, marked as
 * touching the selection (incident) when any of it does.
 */
export function groupClasses(
  members: ReadonlyMap<string, readonly string[]>,
  classes: { hidden: ReadonlySet<string>; faded: ReadonlySet<string>; incident: ReadonlySet<string> },
): { hidden: string[]; faded: string[]; incident: string[] } {
  const hidden: string[] = [];
  const faded: string[] = [];
  const incident: string[] = [];
  for (const [id, inside] of members) {
    if (inside.every((m) => classes.hidden.has(m))) hidden.push(id);
    else if (inside.every((m) => classes.hidden.has(m) || classes.faded.has(m))) faded.push(id);
    if (inside.some((m) => classes.incident.has(m))) incident.push(id);
  }
  return { hidden, faded, incident };
}
