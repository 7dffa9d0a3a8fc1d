/**
 * What goes with a deleted actor or relation, worked out before anything is deleted, so the
 * confirmation can name it and the edit removes exactly that: the relations an actor takes
 * part in, the deals left with fewer than two relations, and the references slides,
 * contests and "part of" links make to what is gone.
 */
import type { Dataset, Slide, Story } from '../schema';

export interface Removal {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  deals: ReadonlySet<string>;
}

/** Everything an actor's deletion takes with it. */
export function actorRemoval(dataset: Dataset, actorId: string): Removal {
  const relations = new Set(
    dataset.relations.filter((r) => r.source === actorId || r.target === actorId).map((r) => r.id),
  );
  return { actors: new Set([actorId]), relations, deals: brokenDeals(dataset, relations, new Set()) };
}

/** Everything a relation's deletion takes with it. */
export function relationRemoval(dataset: Dataset, relationId: string): Removal {
  const relations = new Set([relationId]);
  return { actors: new Set(), relations, deals: brokenDeals(dataset, relations, new Set()) };
}

export function dealRemoval(dealId: string): Removal {
  return { actors: new Set(), relations: new Set(), deals: new Set([dealId]) };
}

/** Deals that would link fewer than two relations once these are gone. */
function brokenDeals(dataset: Dataset, relations: ReadonlySet<string>, deals: Set<string>): Set<string> {
  for (const deal of dataset.deals) {
    if (deal.relations.filter((id) => !relations.has(id)).length < 2) deals.add(deal.id);
  }
  return deals;
}

/** Slides that show, highlight or trace a path through anything removed: "story title, slide n". */
export function slidesTouched(dataset: Dataset, removal: Removal): string[] {
  const gone = (id: string) => removal.actors.has(id) || removal.relations.has(id) || removal.deals.has(id);
  const touched: string[] = [];
  for (const story of dataset.stories) {
    story.slides.forEach((slide, i) => {
      const path = slide.path && (gone(slide.path.from) || gone(slide.path.to));
      if (path || slide.show.some(gone) || slide.highlight.some(gone))
        touched.push(`“${story.title}”, slide ${i + 1}`);
    });
  }
  return touched;
}

/** The dataset without what the removal names, and with every reference to it dropped. */
export function applyRemoval(dataset: Dataset, removal: Removal): Dataset {
  const gone = (id: string) => removal.actors.has(id) || removal.relations.has(id) || removal.deals.has(id);
  const relations = dataset.relations
    .filter((r) => !removal.relations.has(r.id))
    .map((rel) => {
      const attributedTo = rel.attributedTo?.filter((id) => !removal.actors.has(id));
      const ends = rel.ends?.filter((id) => !removal.relations.has(id));
      let contested = rel.contested;
      if (contested && contested.positions.some((p) => p.actors.some((id) => removal.actors.has(id)))) {
        const positions = contested.positions
          .map((p) => ({ ...p, actors: p.actors.filter((id) => !removal.actors.has(id)) }))
          .filter((p) => p.actors.length > 0 || p.author === true);
        contested = positions.length >= 2 ? { ...contested, positions } : undefined;
      }
      if (
        attributedTo?.length === rel.attributedTo?.length &&
        ends?.length === rel.ends?.length &&
        contested === rel.contested
      )
        return rel;
      const next = {
        ...rel,
        contested,
        attributedTo: attributedTo?.length ? attributedTo : undefined,
        ends: ends?.length ? ends : undefined,
      };
      // An attributed claim whose every speaker is gone is the author's claim now.
      if (next.stance === 'attributed' && !next.attributedTo) next.stance = 'asserted';
      return withoutUndefined(next);
    });
  const actors = dataset.actors
    .filter((a) => !removal.actors.has(a.id))
    .map((a) =>
      a.parent !== undefined && removal.actors.has(a.parent)
        ? withoutUndefined({ ...a, parent: undefined })
        : a,
    );
  const deals = dataset.deals
    .filter((d) => !removal.deals.has(d.id))
    .map((d) => (d.relations.some(gone) ? { ...d, relations: d.relations.filter((id) => !gone(id)) } : d));
  const positions = dataset.positions
    ? Object.fromEntries(Object.entries(dataset.positions).filter(([id]) => !removal.actors.has(id)))
    : undefined;
  return withoutUndefined({
    ...dataset,
    actors,
    relations,
    deals,
    stories: dataset.stories.map((story) => storyWithout(story, gone)),
    positions,
  });
}

function storyWithout(story: Story, gone: (id: string) => boolean): Story {
  if (!story.slides.some((s) => slideTouches(s, gone))) return story;
  return {
    ...story,
    slides: story.slides.map((slide) =>
      slideTouches(slide, gone)
        ? withoutUndefined({
            ...slide,
            show: slide.show.filter((id) => !gone(id)),
            highlight: slide.highlight.filter((id) => !gone(id)),
            path: slide.path && (gone(slide.path.from) || gone(slide.path.to)) ? undefined : slide.path,
          })
        : slide,
    ),
  };
}

function slideTouches(slide: Slide, gone: (id: string) => boolean): boolean {
  return (
    slide.show.some(gone) ||
    slide.highlight.some(gone) ||
    (slide.path !== undefined && (gone(slide.path.from) || gone(slide.path.to)))
  );
}

/**
 * The object without keys whose value is undefined: an optional field that was cleared is
 * absent, as in a file, so a document compares equal to itself read back.
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
