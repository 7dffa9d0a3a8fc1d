/**
 * Dataset → cytoscape element definitions. Pure, so the graph's content is testable without
 * a canvas. View state (selection, focus, filters) is not here: it becomes classes later.
 *
 * Each element carries its drawn encoding (shape, colour, arrowhead, line style) as data,
 * looked up once here from the registries, so the stylesheet maps it with a handful of
 * rules instead of a selector per type: cytoscape matches every rule against every element
 * on each restyle, and on a large graph the rule count is most of that cost.
 */
import type { ElementDefinition } from 'cytoscape';
import { ACTOR_TYPES, type ActorType } from '../domain/actorTypes';
import type { GraphIndex } from '../domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../domain/relationTypes';
import type { Dataset } from '../domain/schema';
import { CONTESTED_MARK, cytoscapeLineStyle, STANCE_INFO } from '../domain/stances';
import { noPause, runAtOnce, type Pause, type Steps } from '../domain/steps';
import { offsetSteps } from './edgeOffsets';

/** Label tiers by degree: 1 = hubs, labelled at any zoom; 3 = leaves, labelled when zoomed in. */
export function labelTier(degree: number): 1 | 2 | 3 {
  if (degree >= 8) return 1;
  if (degree >= 3) return 2;
  return 3;
}

/** Node diameter in model units: 26 for a leaf up to 72 for an actor with 30 or more relations. */
export function nodeSize(degree: number): number {
  return Math.round(26 + (46 * Math.min(degree, 30)) / 30);
}

/**
 * Node diameter for a leverage measure, by area: from 20 for nothing up to 76 for the map's
 * largest value, so the actors that matter stand out and the rest recede.
 */
export function measureSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 20;
  return Math.round(20 + 56 * Math.sqrt(Math.min(value, max) / max));
}

/** Yellow and grey fills need a dark outline to stand off a light background. */
const DARK_OUTLINE: ReadonlySet<ActorType> = new Set(['event', 'place']);

export function toElements(dataset: Dataset, index: GraphIndex): ElementDefinition[] {
  return runAtOnce(elementSteps(dataset, index, noPause));
}

/** toElements, pausing whenever `pause` says (see domain/steps.ts). */
export function* elementSteps(dataset: Dataset, index: GraphIndex, pause: Pause): Steps<ElementDefinition[]> {
  const nodes: ElementDefinition[] = [];
  for (const actor of dataset.actors) {
    if (pause()) yield;
    const saved = dataset.positions?.[actor.id];
    const degree = index.degree.get(actor.id) ?? 0;
    nodes.push({
      group: 'nodes',
      data: {
        id: actor.id,
        label: actor.label,
        type: actor.type,
        degree,
        size: nodeSize(degree),
        shape: ACTOR_TYPES[actor.type].shape,
        color: ACTOR_TYPES[actor.type].color,
        border: DARK_OUTLINE.has(actor.type) ? '#6b6b6b' : '#ffffff',
      },
      classes: `tier-${labelTier(degree)}`,
      ...(saved ? { position: { x: saved.x, y: saved.y } } : {}),
    });
  }
  const relations: ElementDefinition[] = [];
  for (const rel of dataset.relations) {
    if (pause()) yield;
    relations.push({
      group: 'edges',
      data: {
        id: rel.id,
        source: rel.source,
        target: rel.target,
        type: rel.type,
        category: RELATION_TYPES[rel.type].category,
        color: RELATION_CATEGORIES[RELATION_TYPES[rel.type].category].color,
        arrow: RELATION_TYPES[rel.type].arrow,
        stance: rel.stance,
        line: STANCE_INFO[rel.stance].line,
        lineStyle: cytoscapeLineStyle(STANCE_INFO[rel.stance].line),
        label: rel.contested ? `${CONTESTED_MARK} ${rel.label}` : rel.label,
        short: shortLabel(rel.contested ? `${CONTESTED_MARK} ${rel.label}` : rel.label),
        contested: rel.contested ? 1 : 0,
        unquoted: rel.evidence.length === 0 ? 1 : 0,
        deal: index.dealsOfRelation.has(rel.id) ? 1 : 0,
      },
    });
  }
  // "Part of" links (the KGB within Belarus) are drawn faintly: they are structure from the
  // actors' parent field, not relations with evidence, and cannot be selected as such.
  const partOf: ElementDefinition[] = dataset.actors
    .filter((actor) => actor.parent !== undefined && index.actors.has(actor.parent))
    .map((actor) => ({
      group: 'edges',
      data: {
        id: partOfEdgeId(actor.id),
        source: actor.id,
        target: actor.parent,
        partOf: 1,
        color: PART_OF_COLOR,
        arrow: 'none',
        line: 'dotted',
        lineStyle: 'dotted',
        short: '',
      },
      classes: 'part-of',
      selectable: false,
    }));
  const edges = [...partOf, ...relations];
  const offsets = yield* offsetSteps(
    edges.map(({ data }) => ({ id: data.id!, source: data.source as string, target: data.target as string })),
    PARALLEL_EDGE_STEP,
    pause,
  );
  for (const edge of edges) {
    if (pause()) yield;
    const { id, source, target } = edge.data as { id: string; source: string; target: string };
    const offset = offsets.get(id) ?? 0;
    edge.data.offset = offset;
    // Cytoscape draws a loop only as a bezier; parallel relations are curved by their offset.
    edge.data.curve = source === target ? 'bezier' : offset !== 0 ? 'unbundled-bezier' : 'straight';
  }
  return [...nodes, ...edges];
}

/** Relation labels on the map stop at this many characters; the rest is on hover and in Details. */
export const SHORT_LABEL_CHARS = 28;

/** A label cut at a word to SHORT_LABEL_CHARS at most, with an ellipsis when cut. */
export function shortLabel(label: string, max = SHORT_LABEL_CHARS): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Model units between relations that join the same two actors. */
const PARALLEL_EDGE_STEP = 28;

const PART_OF_COLOR = '#b8bfc9';

export const PART_OF_PREFIX = 'part-of:';

export function partOfEdgeId(childId: string): string {
  return `${PART_OF_PREFIX}${childId}`;
}
