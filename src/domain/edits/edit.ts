/**
 * Every change a user can make to a map, as data, and the pure function that makes it:
 * `(document, edit) → document`. Edits check only what they need to find their way (the
 * element they change exists); whether the result holds together is for the same checks
 * a loaded file goes through (src/io/checkDocument.ts), so an edit can never save what a
 * file could not.
 */
import type { Actor, Dataset, Deal, Evidence, Position, Relation, Slide, Source, Story } from '../schema';
import { actorRemoval, applyRemoval, dealRemoval, relationRemoval, withoutUndefined } from './cascade';
import { withoutText, withText, type MapDocument } from './mapDocument';

export type EvidenceHolder = { kind: 'relation' | 'deal'; id: string };

export type Edit =
  | { kind: 'set-info'; title: string; description: string }
  | { kind: 'add-source'; source: Source; text: string }
  | { kind: 'update-source'; source: Source }
  | { kind: 'delete-source'; id: string }
  | { kind: 'add-actor'; actor: Actor }
  | { kind: 'update-actor'; actor: Actor }
  | { kind: 'delete-actor'; id: string }
  /** A relation, with any actors made for it in the same form. */
  | { kind: 'add-relation'; relation: Relation; newActors?: readonly Actor[] }
  /** A relation changed, with any actors made for it in the same form. */
  | { kind: 'update-relation'; relation: Relation; newActors?: readonly Actor[] }
  | { kind: 'delete-relation'; id: string }
  | { kind: 'add-evidence'; holder: EvidenceHolder; evidence: Evidence }
  | { kind: 'remove-evidence'; holder: EvidenceHolder; index: number }
  | { kind: 'add-deal'; deal: Deal }
  | { kind: 'update-deal'; deal: Deal }
  | { kind: 'delete-deal'; id: string }
  | { kind: 'add-story'; story: Story }
  | { kind: 'update-story'; story: Story }
  | { kind: 'delete-story'; id: string }
  | { kind: 'add-slide'; storyId: string; slide: Slide }
  | { kind: 'update-slide'; storyId: string; index: number; slide: Slide }
  | { kind: 'move-slide'; storyId: string; from: number; to: number }
  | { kind: 'delete-slide'; storyId: string; index: number }
  /** Where actors stand, from a drag or a layout: part of the map, like any other edit. */
  | { kind: 'set-positions'; positions: Readonly<Record<string, Position>> };

export type EditResult = { ok: true; document: MapDocument } | { ok: false; message: string };

const refused = (message: string): EditResult => ({ ok: false, message });

function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] | null {
  const at = list.findIndex((x) => x.id === item.id);
  if (at < 0) return null;
  return list.map((x, i) => (i === at ? item : x));
}

/** Applies an edit; an edit that names what is not there is refused with a sentence. */
export function applyEdit(document: MapDocument, edit: Edit): EditResult {
  const { dataset, texts } = document;
  const next = (changes: Partial<Dataset>, nextTexts = texts): EditResult => ({
    ok: true,
    document: { dataset: withoutUndefined({ ...dataset, ...changes }), texts: nextTexts },
  });
  const replace = <K extends 'sources' | 'actors' | 'relations' | 'deals' | 'stories'>(
    key: K,
    item: Dataset[K][number],
    what: string,
  ): EditResult => {
    const list = replaceById(dataset[key] as readonly { id: string }[], item);
    return list ? next({ [key]: list }) : refused(`there is no ${what} "${item.id}" in this map`);
  };
  switch (edit.kind) {
    case 'set-info':
      return next({ title: edit.title, description: edit.description });
    case 'add-source':
      return next({ sources: [...dataset.sources, edit.source] }, withText(texts, edit.source.id, edit.text));
    case 'update-source':
      return replace('sources', edit.source, 'source');
    case 'delete-source': {
      const quoting = quotingElements(dataset, edit.id);
      if (quoting.length > 0)
        return refused(
          `source "${edit.id}" is quoted by ${quoting.slice(0, 3).join(', ')}${quoting.length > 3 ? ` and ${quoting.length - 3} more` : ''}; remove those quotes first`,
        );
      return next({ sources: dataset.sources.filter((s) => s.id !== edit.id) }, withoutText(texts, edit.id));
    }
    case 'add-actor':
      return next({ actors: [...dataset.actors, edit.actor] });
    case 'update-actor':
      return replace('actors', edit.actor, 'actor');
    case 'delete-actor':
      if (!dataset.actors.some((a) => a.id === edit.id))
        return refused(`there is no actor "${edit.id}" in this map`);
      return next(applyRemoval(dataset, actorRemoval(dataset, edit.id)));
    case 'add-relation':
      return next({
        actors: [...dataset.actors, ...(edit.newActors ?? [])],
        relations: [...dataset.relations, edit.relation],
      });
    case 'update-relation': {
      const relations = replaceById(dataset.relations, edit.relation);
      if (!relations) return refused(`there is no relation "${edit.relation.id}" in this map`);
      return next({ actors: [...dataset.actors, ...(edit.newActors ?? [])], relations });
    }
    case 'delete-relation':
      if (!dataset.relations.some((r) => r.id === edit.id))
        return refused(`there is no relation "${edit.id}" in this map`);
      return next(applyRemoval(dataset, relationRemoval(dataset, edit.id)));
    case 'add-evidence':
    case 'remove-evidence':
      return changeEvidence(dataset, edit, next);
    case 'add-deal':
      return next({ deals: [...dataset.deals, edit.deal] });
    case 'update-deal':
      return replace('deals', edit.deal, 'deal');
    case 'delete-deal':
      if (!dataset.deals.some((d) => d.id === edit.id))
        return refused(`there is no deal "${edit.id}" in this map`);
      return next(applyRemoval(dataset, dealRemoval(edit.id)));
    case 'add-story':
      return next({ stories: [...dataset.stories, edit.story] });
    case 'update-story':
      return replace('stories', edit.story, 'story');
    case 'delete-story':
      return next({ stories: dataset.stories.filter((s) => s.id !== edit.id) });
    case 'add-slide':
    case 'update-slide':
    case 'move-slide':
    case 'delete-slide':
      return changeSlides(dataset, edit, next);
    case 'set-positions':
      return next({ positions: { ...edit.positions } });
  }
}

type Next = (changes: Partial<Dataset>) => EditResult;

function changeEvidence(
  dataset: Dataset,
  edit: Extract<Edit, { kind: 'add-evidence' | 'remove-evidence' }>,
  next: Next,
): EditResult {
  const { holder } = edit;
  const list: readonly (Relation | Deal)[] = holder.kind === 'relation' ? dataset.relations : dataset.deals;
  const element = list.find((x) => x.id === holder.id);
  if (!element) return refused(`there is no ${holder.kind} "${holder.id}" in this map`);
  let evidence: Evidence[];
  if (edit.kind === 'add-evidence') {
    if (element.evidence.some((ev) => ev.source === edit.evidence.source && ev.quote === edit.evidence.quote))
      return refused(`${holder.kind} "${holder.id}" already has this quote as evidence`);
    evidence = [...element.evidence, edit.evidence];
  } else {
    if (element.evidence.length <= 1)
      return refused(
        `${holder.kind} "${holder.id}" needs at least one quote; add another before removing this one, or delete the ${holder.kind}`,
      );
    evidence = element.evidence.filter((_, i) => i !== edit.index);
  }
  const changed = { ...element, evidence };
  return holder.kind === 'relation'
    ? next({ relations: dataset.relations.map((r) => (r.id === holder.id ? (changed as Relation) : r)) })
    : next({ deals: dataset.deals.map((d) => (d.id === holder.id ? (changed as Deal) : d)) });
}

function changeSlides(
  dataset: Dataset,
  edit: Extract<Edit, { kind: 'add-slide' | 'update-slide' | 'move-slide' | 'delete-slide' }>,
  next: Next,
): EditResult {
  const story = dataset.stories.find((s) => s.id === edit.storyId);
  if (!story) return refused(`there is no story "${edit.storyId}" in this map`);
  const slides = [...story.slides];
  const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < slides.length;
  switch (edit.kind) {
    case 'add-slide':
      slides.push(edit.slide);
      break;
    case 'update-slide':
      if (!inRange(edit.index)) return refused(`story "${story.title}" has no slide ${edit.index + 1}`);
      slides[edit.index] = edit.slide;
      break;
    case 'move-slide': {
      if (!inRange(edit.from) || !inRange(edit.to))
        return refused(
          `story "${story.title}" has ${slides.length} slides; cannot move slide ${edit.from + 1} to ${edit.to + 1}`,
        );
      const [moved] = slides.splice(edit.from, 1);
      slides.splice(edit.to, 0, moved!);
      break;
    }
    case 'delete-slide':
      if (!inRange(edit.index)) return refused(`story "${story.title}" has no slide ${edit.index + 1}`);
      if (slides.length === 1)
        return refused(
          `slide 1 is the only slide of “${story.title}”; a story needs at least one: delete the story instead`,
        );
      slides.splice(edit.index, 1);
      break;
  }
  return next({ stories: dataset.stories.map((s) => (s.id === story.id ? { ...s, slides } : s)) });
}

/** Relations and deals that quote a source, by id. */
export function quotingElements(dataset: Dataset, sourceId: string): string[] {
  const quotes = (list: readonly Evidence[]) => list.some((ev) => ev.source === sourceId);
  return [
    ...dataset.relations
      .filter((r) => quotes(r.evidence) || r.contested?.positions.some((p) => quotes(p.evidence)))
      .map((r) => r.id),
    ...dataset.deals.filter((d) => quotes(d.evidence)).map((d) => d.id),
  ];
}
