/**
 * What each story slide shows and highlights: a pure function of the story and the slide
 * index (as in Oligrapher), so nothing about presenting is stored on the elements. A slide
 * with reveal "add" keeps what earlier slides showed; "replace" starts from nothing.
 * Showing a relation shows its two actors; showing a deal shows its relations. A slide's
 * leverage path counts as its actors and each step's leading relation, highlighted on its
 * own slide and shown on the "add" slides after it.
 */
import type { GraphIndex } from './graphIndex';
import { leveragePaths, type LeveragePath } from './leverage/paths';
import type { Evidence, PartialDate, Slide, Story } from './schema';
import { NO_TIME_FILTER, timeTest } from './time/timeFilter';
import { timeIndexFor } from './time/timeIndex';

export interface SlideView {
  /** Actor and relation ids on screen. */
  actors: Set<string>;
  relations: Set<string>;
  /** Ids to emphasise: actors and relations (a highlighted deal highlights its relations). */
  highlighted: Set<string>;
}

function expand(index: GraphIndex, ids: readonly string[], into: SlideView, highlight: boolean) {
  const addRelation = (id: string) => {
    const rel = index.relations.get(id);
    if (!rel) return;
    into.relations.add(id);
    into.actors.add(rel.source);
    into.actors.add(rel.target);
    if (highlight) into.highlighted.add(id);
  };
  for (const id of ids) {
    if (index.actors.has(id)) {
      into.actors.add(id);
      if (highlight) into.highlighted.add(id);
    } else if (index.relations.has(id)) {
      addRelation(id);
    } else {
      for (const member of index.deals.get(id)?.relations ?? []) addRelation(member);
    }
  }
}

/** The leverage path a slide shows, or null when it shows none or the index names no path. */
export function slidePath(index: GraphIndex, slide: Slide): LeveragePath | null {
  if (!slide.path) return null;
  const { from, to, index: rank } = slide.path;
  return leveragePaths(index, from, to).paths[rank] ?? null;
}

function pathIds(index: GraphIndex, slide: Slide): string[] {
  const path = slidePath(index, slide);
  return path ? [...path.actors, ...path.hops.map((hop) => hop.lever.relation.id)] : [];
}

export function slideView(index: GraphIndex, story: Story, slideIndex: number): SlideView {
  const view: SlideView = { actors: new Set(), relations: new Set(), highlighted: new Set() };
  const last = Math.min(slideIndex, story.slides.length - 1);
  // Walk back to the most recent "replace" slide; everything from there on accumulates.
  let first = last;
  while (first > 0 && story.slides[first]?.reveal !== 'replace') first--;
  for (let i = first; i <= last; i++) {
    const slide = story.slides[i];
    if (!slide) continue;
    expand(index, slide.show, view, false);
    expand(index, slide.highlight, view, false);
    expand(index, pathIds(index, slide), view, i === last);
  }
  const current = story.slides[last];
  if (current) expand(index, current.highlight, view, true);
  if (current?.asOf) withoutEndedOrLater(index, view, current.asOf);
  return view;
}

/**
 * A slide set as of a date shows the map as it stood then: relations that had not started
 * or had already ended leave it (their actors stay, as the slide may name them); undated
 * relations stay, as the map shows them by default.
 */
function withoutEndedOrLater(index: GraphIndex, view: SlideView, asOf: PartialDate) {
  const time = timeIndexFor(index);
  const holds = timeTest({ ...NO_TIME_FILTER, asOf });
  for (const id of view.relations) {
    const span = time.relations.get(id);
    if (span && !holds(span)) {
      view.relations.delete(id);
      view.highlighted.delete(id);
    }
  }
}

export interface Citation {
  /** 1-based footnote number on the slide. */
  number: number;
  elementId: string;
  evidence: Evidence;
}

/**
 * Footnotes for a slide: every quote of its highlighted relations and deals, then of its
 * path's steps (each step's leading relation), numbered, each quote once.
 */
export function slideCitations(index: GraphIndex, story: Story, slideIndex: number): Citation[] {
  const slide = story.slides[slideIndex];
  if (!slide) return [];
  const citations: Citation[] = [];
  const seen = new Set<string>();
  const add = (elementId: string, evidence: readonly Evidence[]) => {
    for (const ev of evidence) {
      const key = `${ev.source}\u0000${ev.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push({ number: citations.length + 1, elementId, evidence: ev });
    }
  };
  for (const id of slide.highlight) {
    const rel = index.relations.get(id);
    if (rel) add(id, rel.evidence);
    const deal = index.deals.get(id);
    if (deal) add(id, deal.evidence);
  }
  for (const hop of slidePath(index, slide)?.hops ?? [])
    add(hop.lever.relation.id, hop.lever.relation.evidence);
  return citations;
}

/** Every source any slide of the story cites, in order of first citation: the closing slide. */
export function storySources(index: GraphIndex, story: Story): string[] {
  const sources = new Set<string>();
  story.slides.forEach((_, i) => {
    for (const c of slideCitations(index, story, i)) sources.add(c.evidence.source);
  });
  return [...sources];
}
