/**
 * When each relation held, worked out once per map: the stretch its dates cover, and from
 * when it is over (its end date, or the start of a relation that ends it, whichever comes
 * first). As-of, compare and the timeline all read this, so they cannot disagree.
 *
 * A relation with a start and no end still holds: "started, not yet ended". A relation
 * without a date stays undated; only a dated relation that ends it can close it.
 */
import type { GraphIndex } from '../graphIndex';
import type { Dataset, Relation } from '../schema';
import { stretchOf, type Stretch } from './partialDates';
import { oncePer } from '../oncePer';

export interface TimeSpan {
  readonly id: string;
  /** The stretch the dates given cover: from the start's first day to the end's last. */
  readonly dated: Stretch | null;
  /** The stretch of the start date alone (a month, a year or a day). */
  readonly start: Stretch | null;
  /** The first instant it no longer holds: Infinity while nothing ends it. */
  readonly until: number;
  /** What ends it: its own end date, or the relation that brings it to an end. */
  readonly endedBy: { readonly kind: 'end' } | { readonly kind: 'relation'; readonly id: string } | null;
}

export interface TimeIndex {
  readonly relations: ReadonlyMap<string, TimeSpan>;
  readonly deals: ReadonlyMap<string, TimeSpan>;
  /** Dated relations, earliest first. */
  readonly dated: readonly TimeSpan[];
  readonly undated: number;
  /** From the earliest date to the latest (an end, a start or a source's publication); null if none. */
  readonly extent: Stretch | null;
}

const spanOf = (id: string, when: Relation['when']): TimeSpan => {
  if (!when) return { id, dated: null, start: null, until: Infinity, endedBy: null };
  const start = stretchOf(when.start);
  const end = when.end ? stretchOf(when.end) : null;
  return {
    id,
    dated: { first: start.first, next: (end ?? start).next },
    start,
    until: end ? end.next : Infinity,
    endedBy: when.end ? { kind: 'end' } : null,
  };
};

export function buildTimeIndex(dataset: Pick<Dataset, 'relations' | 'deals' | 'sources'>): TimeIndex {
  const relations = new Map<string, TimeSpan>();
  for (const rel of dataset.relations) relations.set(rel.id, spanOf(rel.id, rel.when));
  // A relation that ends others closes them when it starts, if that is before their own end.
  for (const rel of dataset.relations) {
    const from = relations.get(rel.id)?.start?.first;
    if (from === undefined) continue;
    for (const id of rel.ends ?? []) {
      const ended = relations.get(id);
      if (ended && from < ended.until) {
        relations.set(id, { ...ended, until: from, endedBy: { kind: 'relation', id: rel.id } });
      }
    }
  }
  const deals = new Map(dataset.deals.map((deal) => [deal.id, spanOf(deal.id, deal.when)]));
  const dated = [...relations.values()]
    .filter((span) => span.dated !== null)
    .sort((a, b) => a.dated!.first - b.dated!.first);
  return {
    relations,
    deals,
    dated,
    undated: relations.size - dated.length,
    extent: extentOf([...dated, ...[...deals.values()].filter((d) => d.dated)], dataset.sources),
  };
}

function extentOf(spans: readonly TimeSpan[], sources: Dataset['sources']): Stretch | null {
  let first = Infinity;
  let next = -Infinity;
  for (const span of spans) {
    first = Math.min(first, span.dated!.first);
    next = Math.max(next, span.dated!.next, Number.isFinite(span.until) ? span.until : -Infinity);
  }
  if (!Number.isFinite(first)) return null;
  // The story runs up to when it was written: the latest publication date, if after the marks.
  for (const source of sources) {
    if (typeof source.published === 'string') next = Math.max(next, stretchOf(source.published).next);
  }
  return { first, next };
}

/** The time index of a map's graph index, worked out once per index. */
export const timeIndexFor = oncePer((index: GraphIndex): TimeIndex =>
  buildTimeIndex({
    relations: [...index.relations.values()],
    deals: [...index.deals.values()],
    sources: [...index.sources.values()],
  }),
);

/** Whether it holds on a day: started (its first day reached) and not yet over. */
export function holdsOn(span: TimeSpan, day: number): boolean {
  return (span.start === null || span.start.first <= day) && day < span.until;
}
