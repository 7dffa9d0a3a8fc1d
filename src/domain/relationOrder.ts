/**
 * Orders for the relation list. Each column sorts on what it shows; ties always fall back
 * to the reading order (source actor, then type, then target) so equal rows never shuffle.
 */
import { shortSourceName, actorLabel, relationSources } from './format';
import type { GraphIndex } from './graphIndex';
import { RELATION_CATEGORY_IDS, RELATION_TYPES, RELATION_TYPE_IDS } from './relationTypes';
import type { Relation } from './schema';
import { STANCES } from './stances';

export const RELATION_SORT_KEYS = ['relation', 'type', 'date', 'stance', 'sources'] as const;
export type RelationSortKey = (typeof RELATION_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface RelationSort {
  key: RelationSortKey;
  direction: SortDirection;
}

/** The reading order: grouped by who acts, then by what they do. */
export const DEFAULT_RELATION_SORT: RelationSort = { key: 'relation', direction: 'ascending' };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Short names of the sources a relation quotes, alphabetical: "Carnegie · ECFR". */
export function relationSourceNames(index: GraphIndex, rel: Relation): string[] {
  const names = relationSources(rel).map((id) => {
    const source = index.sources.get(id);
    return source ? shortSourceName(source) : id;
  });
  return [...new Set(names)].sort((a, b) => collator.compare(a, b));
}

type Compare = (a: Relation, b: Relation) => number;

function readingOrder(index: GraphIndex): Compare {
  return (a, b) =>
    collator.compare(actorLabel(index, a.source), actorLabel(index, b.source)) ||
    collator.compare(RELATION_TYPES[a.type].label, RELATION_TYPES[b.type].label) ||
    collator.compare(actorLabel(index, a.target), actorLabel(index, b.target)) ||
    collator.compare(a.label, b.label) ||
    collator.compare(a.id, b.id);
}

// Partial ISO dates sort correctly as text: "2025" < "2025-03" < "2025-03-04".
const compareDates: Compare = (a, b) =>
  (a.when?.start ?? '').localeCompare(b.when?.start ?? '') ||
  (a.when?.end ?? a.when?.start ?? '').localeCompare(b.when?.end ?? b.when?.start ?? '');

function primary(index: GraphIndex, key: RelationSortKey): Compare {
  switch (key) {
    case 'relation':
      return readingOrder(index);
    case 'type':
      // Legend order: by category, then by type within it, as the sidebar lists them.
      return (a, b) =>
        RELATION_CATEGORY_IDS.indexOf(RELATION_TYPES[a.type].category) -
          RELATION_CATEGORY_IDS.indexOf(RELATION_TYPES[b.type].category) ||
        RELATION_TYPE_IDS.indexOf(a.type) - RELATION_TYPE_IDS.indexOf(b.type);
    case 'date':
      return compareDates;
    case 'stance':
      return (a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance);
    case 'sources':
      return (a, b) =>
        collator.compare(relationSourceNames(index, a).join(' '), relationSourceNames(index, b).join(' '));
  }
}

export function sortRelations(
  index: GraphIndex,
  relations: readonly Relation[],
  sort: RelationSort,
): Relation[] {
  const first = primary(index, sort.key);
  const tieBreak = readingOrder(index);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...relations].sort((a, b) => {
    // Undated relations go last whichever way the dates run: "no date" is not "earliest".
    if (sort.key === 'date' && !a.when !== !b.when) return a.when ? -1 : 1;
    return sign * first(a, b) || tieBreak(a, b);
  });
}
