/**
 * How many of each kind a dataset holds, for the legend: the legend lists only what the
 * dataset uses, and says how much of it there is. Counts are of the whole dataset, not of
 * what the filters let through, so an entry keeps its number while it is switched off.
 */
import type { ActorType } from './actorTypes';
import type { GraphIndex } from './graphIndex';
import { RELATION_TYPES, relationTypesIn, type RelationCategory, type RelationType } from './relationTypes';
import type { Source, Stance } from './schema';
import { oncePer } from './oncePer';

export interface LegendCounts {
  actorTypes: ReadonlyMap<ActorType, number>;
  relationTypes: ReadonlyMap<RelationType, number>;
  categories: ReadonlyMap<RelationCategory, number>;
  stances: ReadonlyMap<Stance, number>;
  /** Relations that quote each source at least once. */
  sources: ReadonlyMap<string, number>;
  contested: number;
  /** Relations with no evidence yet. */
  unquoted: number;
}

function bump<K>(map: Map<K, number>, key: K) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function legendCounts(index: GraphIndex): LegendCounts {
  const actorTypes = new Map<ActorType, number>();
  const relationTypes = new Map<RelationType, number>();
  const categories = new Map<RelationCategory, number>();
  const stances = new Map<Stance, number>();
  const sources = new Map<string, number>();
  let contested = 0;
  let unquoted = 0;
  for (const actor of index.actors.values()) bump(actorTypes, actor.type);
  for (const rel of index.relations.values()) {
    bump(relationTypes, rel.type);
    bump(categories, RELATION_TYPES[rel.type].category);
    bump(stances, rel.stance);
    for (const source of new Set(rel.evidence.map((ev) => ev.source))) bump(sources, source);
    if (rel.contested) contested++;
    if (rel.evidence.length === 0) unquoted++;
  }
  return { actorTypes, relationTypes, categories, stances, sources, contested, unquoted };
}

/** legendCounts, once per index: the legend and the overview's list of sources both read them. */
export const legendCountsOf = oncePer(legendCounts);

/**
 * The map's sources, those quoted by the most relations first (`uses`: the legend's count of
 * them; ties keep the dataset's order): the order in which a long list of them is worth
 * reading, and in which the legend's numbers read.
 */
export function sourcesByUse(index: GraphIndex, uses: ReadonlyMap<string, number>): Source[] {
  const count = (id: string) => uses.get(id) ?? 0;
  return [...index.sources.values()].sort((a, b) => count(b.id) - count(a.id));
}

/** The members of a registry the dataset uses, in registry order. */
export function presentIn<K>(order: readonly K[], counts: ReadonlyMap<K, number>): K[] {
  return order.filter((key) => (counts.get(key) ?? 0) > 0);
}

/** The relation types of a category that the dataset uses: what a category toggle switches. */
export function presentTypesIn(category: RelationCategory, counts: LegendCounts): RelationType[] {
  return presentIn(relationTypesIn(category), counts.relationTypes);
}
