/**
 * Dataset → cytoscape element definitions. Pure, so the graph's content is testable without
 * a canvas. View state (selection, focus, filters) is not here: it becomes classes later.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import { RELATION_TYPES } from '../domain/relationTypes';
import type { Dataset } from '../domain/schema';
import { CONTESTED_MARK } from '../domain/stances';
import { labelTier } from './stylesheet';

export function toElements(dataset: Dataset, index: GraphIndex): ElementDefinition[] {
  const nodes: ElementDefinition[] = dataset.actors.map((actor) => {
    const saved = dataset.positions?.[actor.id];
    const degree = index.degree.get(actor.id) ?? 0;
    return {
      group: 'nodes',
      data: { id: actor.id, label: actor.label, type: actor.type, degree },
      classes: `tier-${labelTier(degree)}`,
      ...(saved ? { position: { x: saved.x, y: saved.y } } : {}),
    };
  });
  const edges: ElementDefinition[] = dataset.relations.map((rel) => ({
    group: 'edges',
    data: {
      id: rel.id,
      source: rel.source,
      target: rel.target,
      type: rel.type,
      category: RELATION_TYPES[rel.type].category,
      stance: rel.stance,
      label: rel.contested ? `${CONTESTED_MARK} ${rel.label}` : rel.label,
      contested: rel.contested ? 1 : 0,
      deal: index.dealsOfRelation.has(rel.id) ? 1 : 0,
    },
  }));
  // "Part of" links (the KGB within Belarus) are drawn faintly: they are structure from the
  // actors' parent field, not relations with evidence, and cannot be selected as such.
  const partOf: ElementDefinition[] = dataset.actors
    .filter((actor) => actor.parent !== undefined && index.actors.has(actor.parent))
    .map((actor) => ({
      group: 'edges',
      data: { id: partOfEdgeId(actor.id), source: actor.id, target: actor.parent, partOf: 1 },
      classes: 'part-of',
      selectable: false,
    }));
  return [...nodes, ...partOf, ...edges];
}

export const PART_OF_PREFIX = 'part-of:';

export function partOfEdgeId(childId: string): string {
  return `${PART_OF_PREFIX}${childId}`;
}
