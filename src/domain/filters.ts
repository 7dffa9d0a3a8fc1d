/**
 * What the filters and the focus let through. Pure: the store holds the filter values,
 * this decides which actors and relations are shown and which are dimmed.
 */
import type { ActorType } from './actorTypes';
import { toggled } from './lists';
import { neighbourhood, type GraphIndex } from './graphIndex';
import type { RelationType } from './relationTypes';
import type { Stance } from './schema';
import { NO_TIME_FILTER, timeFilterActive, timeTest, type TimeFilter } from './time/timeFilter';
import type { TimeIndex } from './time/timeIndex';

export interface Filters {
  hiddenActorTypes: readonly ActorType[];
  hiddenRelationTypes: readonly RelationType[];
  hiddenSources: readonly string[];
  hiddenStances: readonly Stance[];
  contestedOnly: boolean;
  /** Hides relations with no evidence yet (imported without a quote). */
  hideUnquoted: boolean;
  /** As of a date, within a period, and whether undated relations show (see time/timeFilter.ts). */
  time: TimeFilter;
}

export const NO_FILTERS: Filters = {
  hiddenActorTypes: [],
  hiddenRelationTypes: [],
  hiddenSources: [],
  hiddenStances: [],
  contestedOnly: false,
  hideUnquoted: false,
  time: NO_TIME_FILTER,
};

// The filter toggles, as (filters, input) -> filters, so the store's actions stay one line
// and the rules (a group of relation types toggles as one) are tested without a store.

export function withActorTypeToggled(filters: Filters, type: ActorType): Filters {
  return { ...filters, hiddenActorTypes: toggled(filters.hiddenActorTypes, type) };
}

/** A group toggles as one: if any member is shown, hide them all; otherwise show them all. */
export function withRelationTypesToggled(filters: Filters, types: readonly RelationType[]): Filters {
  const hidden = new Set(filters.hiddenRelationTypes);
  const anyShown = types.some((t) => !hidden.has(t));
  for (const t of types) {
    if (anyShown) hidden.add(t);
    else hidden.delete(t);
  }
  return { ...filters, hiddenRelationTypes: [...hidden] };
}

export function withSourceToggled(filters: Filters, sourceId: string): Filters {
  return { ...filters, hiddenSources: toggled(filters.hiddenSources, sourceId) };
}

export function withStanceToggled(filters: Filters, stance: Stance): Filters {
  return { ...filters, hiddenStances: toggled(filters.hiddenStances, stance) };
}

export function withContestedOnly(filters: Filters, on: boolean): Filters {
  return { ...filters, contestedOnly: on };
}

export function withUnquotedHidden(filters: Filters, hide: boolean): Filters {
  return { ...filters, hideUnquoted: hide };
}

export function withTime(filters: Filters, change: Partial<TimeFilter>): Filters {
  return { ...filters, time: { ...filters.time, ...change } };
}

export function filtersActive(filters: Filters): boolean {
  return filters.hiddenActorTypes.length > 0 || relationFiltersActive(filters);
}

function relationFiltersActive(filters: Filters): boolean {
  return (
    filters.hiddenRelationTypes.length > 0 ||
    filters.hiddenSources.length > 0 ||
    filters.hiddenStances.length > 0 ||
    filters.contestedOnly ||
    filters.hideUnquoted ||
    timeFilterActive(filters.time)
  );
}

export interface Visibility {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** When focusing on an actor: the elements in its neighbourhood; everything else is dimmed. */
  focus: { actors: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
}

/** `time`: when each relation held, for the time filter; without it the filter is not applied. */
export function computeVisibility(
  index: GraphIndex,
  filters: Filters,
  focus: { actorId: string; hops: number } | null,
  time: TimeIndex | null = null,
): Visibility {
  const timed = time && timeFilterActive(filters.time) ? { index: time, test: timeTest(filters.time) } : null;
  const hiddenActorTypes = new Set(filters.hiddenActorTypes);
  const hiddenTypes = new Set(filters.hiddenRelationTypes);
  const hiddenSources = new Set(filters.hiddenSources);
  const hiddenStances = new Set(filters.hiddenStances);
  const actorShown = (id: string) => {
    const actor = index.actors.get(id);
    return actor !== undefined && !hiddenActorTypes.has(actor.type);
  };

  if (!filtersActive(filters) && !focus && everyEndAnActor(index)) {
    // Nothing filtered out: the index's own keys, rather than two new sets of every id (a
    // tenth of a second of the task that opens a map of 20,000 actors).
    return { actors: keysOf(index.actors), relations: keysOf(index.relations), focus: null };
  }
  const relations = new Set<string>();
  for (const rel of index.relations.values()) {
    if (hiddenTypes.has(rel.type) || hiddenStances.has(rel.stance)) continue;
    if (filters.contestedOnly && !rel.contested) continue;
    // A relation with no evidence yet quotes no source a filter could hide.
    if (rel.evidence.length === 0) {
      if (filters.hideUnquoted) continue;
    } else if (!rel.evidence.some((ev) => !hiddenSources.has(ev.source))) continue;
    if (!actorShown(rel.source) || !actorShown(rel.target)) continue;
    const span = timed?.index.relations.get(rel.id);
    if (timed && span && !timed.test(span)) continue;
    relations.add(rel.id);
  }

  // With relation filters on, an actor none of whose relations pass would float alone: hide it.
  const actors = new Set<string>();
  const pruneIsolated = relationFiltersActive(filters);
  for (const id of index.actors.keys()) {
    if (!actorShown(id)) continue;
    if (pruneIsolated) {
      const touches = [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])];
      if (!touches.some((rel) => relations.has(rel.id))) continue;
    }
    actors.add(id);
  }

  let focusSets: Visibility['focus'] = null;
  if (focus && index.actors.has(focus.actorId)) {
    const near = neighbourhood(index, focus.actorId, focus.hops);
    const focusRelations = new Set<string>();
    for (const id of relations) {
      const rel = index.relations.get(id);
      if (rel && near.has(rel.source) && near.has(rel.target)) focusRelations.add(id);
    }
    focusSets = { actors: near, relations: focusRelations };
  }
  return { actors, relations, focus: focusSets };
}

/** True when every relation's ends are actors of the map, as the loader's checks make sure. */
function everyEndAnActor(index: GraphIndex): boolean {
  for (const rel of index.relations.values())
    if (!index.actors.has(rel.source) || !index.actors.has(rel.target)) return false;
  return true;
}

/** A map's keys as a set, made at no cost: the map is not copied (an index's maps never change). */
export function keysOf(map: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  const keys: ReadonlySet<string> = {
    get size() {
      return map.size;
    },
    has: (key) => map.has(key),
    keys: () => map.keys(),
    values: () => map.keys(),
    *entries(): IterableIterator<[string, string]> {
      for (const key of map.keys()) yield [key, key];
    },
    forEach: (each, thisArg?: unknown) => {
      for (const key of map.keys()) each.call(thisArg, key, key, keys);
    },
    [Symbol.iterator]: () => map.keys(),
  };
  return keys;
}
