/**
 * Lookups the app needs again and again, built once per loaded dataset: elements by id,
 * each actor's relations, the deal a relation belongs to, the quotes of each element.
 */
import type { QuoteSpan } from './integrity';
import type { Actor, Dataset, Deal, Relation, Source } from './schema';
import { pushTo } from './lists';
import { noPause, pauseEvery, runAtOnce, runInSlices, type Pause, type Steps } from './steps';

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
  return runAtOnce(indexSteps(dataset, spans, noPause));
}

/** buildIndex, pausing whenever `tick` says (see steps.ts and prepareIndex). */
function* indexSteps(dataset: Dataset, spans: readonly QuoteSpan[], tick: Pause): Steps<GraphIndex> {
  const byId = <T extends { id: string }>(items: readonly T[]) => {
    const map = new Map<string, T>();
    return {
      map,
      *fill() {
        for (const item of items) {
          map.set(item.id, item);
          if (tick()) yield;
        }
      },
    };
  };
  const actors = byId(dataset.actors);
  const relations = byId(dataset.relations);
  const deals = byId(dataset.deals);
  const sources = byId(dataset.sources);
  yield* actors.fill();
  yield* relations.fill();
  yield* deals.fill();
  yield* sources.fill();
  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  const degree = new Map<string, number>();
  for (const rel of dataset.relations) {
    pushTo(outgoing, rel.source, rel);
    pushTo(incoming, rel.target, rel);
    degree.set(rel.source, (degree.get(rel.source) ?? 0) + 1);
    degree.set(rel.target, (degree.get(rel.target) ?? 0) + 1);
    if (tick()) yield;
  }
  const dealsOfRelation = new Map<string, Deal[]>();
  for (const deal of dataset.deals) for (const id of deal.relations) pushTo(dealsOfRelation, id, deal);
  const spansBySource = new Map<string, QuoteSpan[]>();
  for (const span of spans) {
    pushTo(spansBySource, span.sourceId, span);
    if (tick()) yield;
  }
  for (const list of spansBySource.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    actors: actors.map,
    relations: relations.map,
    deals: deals.map,
    sources: sources.map,
    outgoing,
    incoming,
    dealsOfRelation,
    spansBySource,
    degree,
  };
}

/** Items indexed between two pauses: a few tens of milliseconds on a slow laptop. */
const INDEX_SLICE = 10_000;

/** Indexes built ahead by prepareIndex, kept as long as their dataset is. */
const prepared = new WeakMap<Dataset, { spans: readonly QuoteSpan[]; index: GraphIndex }>();

/**
 * Builds a map's index ahead of its opening, a slice per task (`next` waits for the next),
 * so that a big map opened over another does not hold the page for the whole index at once
 * (a third of a second on 20,000 actors). indexFor then finds it ready.
 */
export async function prepareIndex(
  dataset: Dataset,
  spans: readonly QuoteSpan[],
  next: () => Promise<void>,
): Promise<void> {
  const index = await runInSlices(indexSteps(dataset, spans, pauseEvery(INDEX_SLICE)), next);
  if (index) prepared.set(dataset, { spans, index });
}

/** The index of a dataset with these spans: the one prepareIndex built, or a new one. */
export function indexFor(dataset: Dataset, spans: readonly QuoteSpan[]): GraphIndex {
  const ready = prepared.get(dataset);
  return ready?.spans === spans ? ready.index : buildIndex(dataset, spans);
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
