/**
 * The overview of a map too large to draw whole (OVERVIEW_FROM_ACTORS actors or more): each
 * group of closely linked actors (domain/overview/groups.ts) is drawn as one circle where its
 * actors stand, named after its busiest actor and counting the rest, and the relations
 * between groups as one line per pair, as thick as they are many (the stronger ties only: see
 * strongerTies). A group is opened, drawn as
 * its actors and their own relations, when the reader selects one of its actors, clicks it,
 * follows a leverage path through it, or zooms in on it (see useOverviewGroups.ts).
 *
 * Loaded only for such maps (the canvas imports it when it draws one). The groups, the
 * projection and which groups open are pure (tested directly); findOverview asks a worker for
 * the groups, and attachOverview, watchOverview, drawnElements and addGroupClasses work on the
 * canvas for the hooks (useOverviewGroups, useElementSync, useViewClasses).
 */
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { relationsOfSelection, type ElementRef, type GraphIndex } from '../domain/graphIndex';
import type { LeveragePath } from '../domain/leverage/paths';
import type { Dataset, Position } from '../domain/schema';
import { groupRequest, groupsFor } from '../workers/computeGroups';
import { GROUP_PREFIX, isGroupId, OPEN_GROUP_EVENT, SHOW_ACTORS_EVENT } from './overviewKeys';
import { frameElements } from './camera';
import { memoryOf } from './syncElements';
import { formatCount } from '../domain/format';
import { overviewOf, projectionOf, setOverview, setProjection } from './useOverviewGroups';
import { pushTo } from '../domain/lists';

/** Groups smaller than this are drawn as their actors from the start. */
export const MIN_GROUP = 3;

const LINK_PREFIX = 'group-link:';

/** Actors in view up to which zooming in opens the groups there. */
export const OPEN_IN_VIEW_BUDGET = 1500;

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
    pushTo(cells, cellOf(p), id);
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
 * The overview's look, added to the large-map stylesheet (see createGraph): each closed group
 * a pale circle over where its actors stand, named in its middle; the lines between groups as
 * thick as they are many.
 */
export const GROUP_STYLE: StylesheetJson = [
  {
    selector: 'node.group',
    style: {
      'background-opacity': 0.75,
      // In model units, as the circle: a line a screen pixel or two wide at overview zoom.
      'border-width': 'mapData(size, 60, 4000, 2, 50)',
      'border-color': 'data(border)',
      color: '#1d232b',
      'text-valign': 'center',
    },
  },
  {
    selector: 'edge.group-link',
    // Not to be picked: what a line between groups stands for is read by opening them.
    style: {
      width: 'mapData(count, 1, 60, 1.2, 9)',
      opacity: 0.45,
      'curve-style': 'haystack',
      'haystack-radius': 0,
      events: 'no',
    },
  },
];

/** An overview ready to draw: its groups, those open, the elements to draw and their look. */
export interface PreparedOverview {
  overview: Overview;
  open: ReadonlySet<string>;
  projection: Projection;
}

/**
 * The overview of a map as it opens: its groups (found in a worker), opened for what a shared
 * link selects, as they will stay.
 */
export async function prepareOverview(
  dataset: Dataset,
  index: GraphIndex,
  elements: readonly ElementDefinition[],
  positions: Readonly<Record<string, Position>>,
  selected: ElementRef | null,
  signal: AbortSignal,
): Promise<PreparedOverview> {
  const actorIds = [...index.actors.keys()];
  const overview = await findOverview(dataset, index, actorIds, positions, signal);
  const open = groupsToOpen(overview, actorsInFocus(index, selected, null), []);
  return { overview, open, projection: projectOverview(elements, overview, open) };
}

/** The overview of a map: its groups found in a worker, then split and placed (see buildOverview). */
export async function findOverview(
  dataset: Dataset,
  index: GraphIndex,
  actorIds: readonly string[],
  positions: Readonly<Record<string, Position>>,
  signal: AbortSignal,
): Promise<Overview> {
  const request = () => groupRequest(actorIds, dataset.relations);
  const assignment = await groupsFor(dataset, actorIds.length, request, signal);
  return buildOverview(actorIds, assignment, index, positions);
}

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
  actorIds.forEach((id, i) => pushTo(byGroup, assignment[i] ?? -1, id));
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
  for (const [id, { source, target, relations }] of strongerTies(links)) {
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

/** Relations a line between two closed groups must carry to be drawn (see strongerTies). */
const TIE_FROM = 2;

/**
 * The lines worth drawing: every line to an actor drawn as itself, and between two closed
 * groups those carrying TIE_FROM relations or more, and each group's strongest, so that no
 * group looks cut off. On 20,000 actors two thirds of the lines between groups carried one
 * relation each: too faint to read at that zoom, and each one more to style and draw.
 */
function strongerTies<Link extends { source: string; target: string; relations: readonly string[] }>(
  links: ReadonlyMap<string, Link>,
): [string, Link][] {
  const strongest = new Map<string, string>();
  const weight = (key: string | undefined) =>
    key === undefined ? 0 : (links.get(key)?.relations.length ?? 0);
  for (const [key, link] of links)
    for (const end of [link.source, link.target]) {
      const best = strongest.get(end);
      // Ties go to the first key in order, so the same map draws the same lines.
      if (weight(key) > weight(best) || (weight(key) === weight(best) && best !== undefined && key < best))
        strongest.set(end, key);
    }
  return [...links].filter(
    ([key, { source, target, relations }]) =>
      !isGroupId(source) ||
      !isGroupId(target) ||
      relations.length >= TIE_FROM ||
      strongest.get(source) === key ||
      strongest.get(target) === key,
  );
}

/** The actors the view is about: the selection (an actor, a relation's or a deal's ends) and the path's. */
export function actorsInFocus(
  index: GraphIndex | null,
  selected: ElementRef | null,
  path: LeveragePath | null,
): string[] {
  const actors = [...(path?.actors ?? [])];
  if (!index || !selected) return actors;
  if (selected.kind === 'actor') actors.push(selected.id);
  for (const rel of relationsOfSelection(index, selected)) actors.push(rel.source, rel.target);
  return actors;
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
  budget = OPEN_IN_VIEW_BUDGET,
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

/** Adds to the view's classes those of the groups drawn and the lines between them (see useViewClasses). */
export function addGroupClasses(
  cy: Core,
  classes: { hidden: Set<string>; faded: Set<string>; incident: Set<string> },
) {
  const projection = projectionOf(cy);
  if (!projection) return;
  const groups = groupClasses(projection.members, classes);
  for (const key of ['hidden', 'faded', 'incident'] as const)
    for (const id of groups[key]) classes[key].add(id);
}

/** The elements to draw on a canvas with the groups in `open` opened, kept as its projection. */
export function drawnElements(cy: Core, elements: readonly ElementDefinition[], open: ReadonlySet<string>) {
  const overview = overviewOf(cy);
  if (!overview) return elements;
  const projection = projectOverview(elements, overview.overview, open);
  setProjection(cy, projection);
  return projection.elements;
}

/** How long the view must rest before the groups in it are opened or closed. */
const VIEW_SETTLE_MS = 300;

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Per canvas: the groups clicked open, those opened by zooming in on them, and the actors a
 * story's slide shows.
 */
const opened = new WeakMap<
  Core,
  { clicked: Set<string>; inView: ReadonlySet<string>; shown: readonly string[] }
>();

/**
 * Follows what the reader does to an overview: each group clicked (see useGraphEvents), the
 * groups in view (groupsInView) once the view has rested, and the actors a slide shows;
 * `changed` is called when any of them changes the groups to open. Returns the function that
 * stops following.
 */
export function watchOverview(cy: Core, overview: Overview, changed: () => void): () => void {
  const state = {
    clicked: new Set<string>(),
    inView: new Set<string>() as ReadonlySet<string>,
    shown: [] as readonly string[],
  };
  opened.set(cy, state);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The group opens, and the camera comes to it.
  const onOpen = (_event: unknown, id: string) => {
    state.clicked.add(id);
    changed();
    const group = cy.getElementById(id);
    frameElements(cy, group.union(group), { padding: 40 });
  };
  const onViewport = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const groups = groupsInView(overview, cy.extent());
      if (sameSet(groups, state.inView)) return;
      state.inView = groups;
      changed();
    }, VIEW_SETTLE_MS);
  };
  const onShow = (_event: unknown, actors: readonly string[]) => {
    const before = groupsToOpen(overview, state.shown, []);
    state.shown = actors;
    if (!sameSet(before, groupsToOpen(overview, actors, []))) changed();
  };
  cy.on(OPEN_GROUP_EVENT, onOpen);
  cy.on(SHOW_ACTORS_EVENT, onShow);
  cy.on('viewport', onViewport);
  return () => {
    cy.off(OPEN_GROUP_EVENT, onOpen);
    cy.off(SHOW_ACTORS_EVENT, onShow);
    cy.off('viewport', onViewport);
    clearTimeout(timer);
  };
}

/**
 * The groups to open on a canvas now, as one string (ids sorted, a line each), so that the
 * same groups give the same value: for the selection, the path and the slide shown, and as
 * clicked and zoomed.
 */
export function openKey(
  cy: Core,
  overview: Overview,
  index: GraphIndex | null,
  selected: ElementRef | null,
  path: LeveragePath | null,
): string {
  const state = opened.get(cy);
  const besides = state ? [...state.clicked, ...state.inView] : [];
  const actors = [...actorsInFocus(index, selected, path), ...(state?.shown ?? [])];
  return [...groupsToOpen(overview, actors, besides)].sort().join('\n');
}

/**
 * Hands a canvas just made from a prepared overview what it needs to follow it: the overview,
 * the projection drawn, and where every actor stands (syncElements draws those of a group
 * opened there).
 */
export function attachOverview(
  cy: Core,
  { overview, projection }: PreparedOverview,
  positions: Readonly<Record<string, Position>>,
) {
  const note = `${formatCount(Object.keys(positions).length, 'actor')} drawn as ${formatCount(overview.groups.size, 'group')} of closely linked actors, lines for their stronger ties: click a group, zoom in or search to open one.`;
  setOverview(cy, { overview, note, lib: { watchOverview, openKey, drawnElements, addGroupClasses } });
  setProjection(cy, projection);
  const memory = memoryOf(cy);
  for (const [id, position] of Object.entries(positions))
    if (cy.getElementById(id).empty()) memory.set(id, position);
}
