/**
 * Lookups the app needs again and again, built once per loaded dataset: elements by id,
 * each actor's relations, the deal a relation belongs to, the quotes of each element.
 */
import type { QuoteSpan } from './integrity';
import type { Actor, Dataset, Deal, Relation, Source } from './schema';
import { pushTo } from './lists';

export type ElementKind = 'actor' | 'relation' | 'deal';
export interface ElementRef {
  kind: ElementKind;
  id: string;
}

export interface GraphIndex {
  actors: ReadonlyMap<string, Actor>;
  relations: ReadonlyMap<string, Relation>;
  deals: ReadonlyMap<string, Deal>;
  sources: ReadonlyMap<string, Source>;
  /** Relations where the actor is the source (outgoing) or the target (incoming). */
  outgoing: ReadonlyMap<string, readonly Relation[]>;
  incoming: ReadonlyMap<string, readonly Relation[]>;
  dealsOfRelation: ReadonlyMap<string, readonly Deal[]>;
  /** Verified quote spans by source id, in text order. */
  spansBySource: ReadonlyMap<string, readonly QuoteSpan[]>;
  degree: ReadonlyMap<string, number>;
}

export function buildIndex(dataset: Dataset, spans: readonly QuoteSpan[]): GraphIndex {
  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  const degree = new Map<string, number>();
  for (const rel of dataset.relations) {
    pushTo(outgoing, rel.source, rel);
    pushTo(incoming, rel.target, rel);
    degree.set(rel.source, (degree.get(rel.source) ?? 0) + 1);
    degree.set(rel.target, (degree.get(rel.target) ?? 0) + 1);
  }
  const dealsOfRelation = new Map<string, Deal[]>();
  for (const deal of dataset.deals) for (const id of deal.relations) pushTo(dealsOfRelation, id, deal);
  const spansBySource = new Map<string, QuoteSpan[]>();
  for (const span of spans) pushTo(spansBySource, span.sourceId, span);
  for (const list of spansBySource.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    relations: new Map(dataset.relations.map((r) => [r.id, r])),
    deals: new Map(dataset.deals.map((d) => [d.id, d])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    outgoing,
    incoming,
    dealsOfRelation,
    spansBySource,
    degree,
  };
}

/**
 * The relations a selection stands for: a relation itself, a deal's relations; none for an
 * actor (its relations are its own: outgoing and incoming). Ids the map does not hold are
 * left out.
 */
export function relationsOfSelection(index: GraphIndex, selected: ElementRef | null): Relation[] {
  if (selected?.kind !== 'relation' && selected?.kind !== 'deal') return [];
  const ids = selected.kind === 'relation' ? [selected.id] : (index.deals.get(selected.id)?.relations ?? []);
  return ids.flatMap((id) => index.relations.get(id) ?? []);
}

export function kindOf(index: GraphIndex, id: string): ElementKind | undefined {
  if (index.actors.has(id)) return 'actor';
  if (index.relations.has(id)) return 'relation';
  if (index.deals.has(id)) return 'deal';
  return undefined;
}

/** Actors within `hops` steps of the given actor, ignoring direction. */
export function neighbourhood(index: GraphIndex, actorId: string, hops: number): Set<string> {
  const seen = new Set([actorId]);
  let frontier = [actorId];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const rel of index.outgoing.get(id) ?? []) if (!seen.has(rel.target)) next.push(rel.target);
      for (const rel of index.incoming.get(id) ?? []) if (!seen.has(rel.source)) next.push(rel.source);
    }
    for (const id of next) seen.add(id);
    frontier = next;
  }
  return seen;
}
