/**
 * Checks that a schema-valid dataset holds together: unique ids, references that resolve,
 * sources that exist, and every quote found verbatim in its source. Pure: the texts are
 * handed in. Each problem names its JSON path and says what to change.
 */
import type { Dataset, Evidence, When } from './schema';
import { findAnchoredQuote, foldWhitespace, nearestPassage, type FoldedText } from './quotes';
import type { Issue } from './issues';
import { checkSlidePaths } from './storyPathCheck';
import { endsBeforeStart } from './time/partialDateText';
import { checkHiddenCharacters, hiddenInText } from './hiddenCharacters';

/** An issue before the file it is in is known. */
export type PathIssue = Omit<Issue, 'file'>;

/** Where a verified quote stands in its source, and which element it supports. */
export interface QuoteSpan {
  sourceId: string;
  start: number;
  end: number;
  /** The relation or deal the quote supports. */
  elementId: string;
  elementKind: 'relation' | 'deal';
  /** JSON path of the quote in the dataset. */
  path: string;
}

export interface IntegrityResult {
  issues: PathIssue[];
  spans: QuoteSpan[];
}

function excerpt(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Looking for the nearest passage reads the whole source, so after this many misses the
 * rest are reported without it: a file of thousands of wrong quotes stays quick to check.
 */
export const NEAREST_PASSAGE_LIMIT = 200;

/** Names a few of a list, and how many more: a message stays short whatever the dataset's size. */
export function someOf(names: Iterable<string>, shown = 8): string {
  const all = [...names];
  const head = all.slice(0, shown).join(', ');
  return all.length > shown ? `${head} and ${all.length - shown} more` : head;
}

/** How far the checks have gone through the relations (they hold nearly all the quotes). */
export type CheckProgress = (relationsDone: number, relations: number) => void;

/** Relations checked between two reports of progress. */
const PROGRESS_EVERY = 2000;

export function checkIntegrity(
  dataset: Dataset,
  texts: Readonly<Record<string, string | undefined>>,
  progress?: CheckProgress,
): IntegrityResult {
  const issues: PathIssue[] = [];
  const spans: QuoteSpan[] = [];
  const error = (path: string, message: string) => issues.push({ severity: 'error', path, message });
  const warn = (path: string, message: string) => issues.push({ severity: 'warning', path, message });

  // Ids share one namespace, since stories and deals refer to actors and relations alike.
  const firstSeen = new Map<string, string>();
  const claimId = (id: string, path: string) => {
    const earlier = firstSeen.get(id);
    if (earlier) error(path, `duplicate id "${id}", already used at ${earlier}; give one of them another id`);
    else firstSeen.set(id, path);
  };
  dataset.sources.forEach((s, i) => {
    claimId(s.id, `sources[${i}].id`);
  });
  dataset.actors.forEach((a, i) => {
    claimId(a.id, `actors[${i}].id`);
  });
  dataset.relations.forEach((r, i) => {
    claimId(r.id, `relations[${i}].id`);
  });
  dataset.deals.forEach((d, i) => {
    claimId(d.id, `deals[${i}].id`);
  });
  dataset.stories.forEach((s, i) => {
    claimId(s.id, `stories[${i}].id`);
  });

  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const relationIds = new Set(dataset.relations.map((r) => r.id));
  const dealIds = new Set(dataset.deals.map((d) => d.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const folded = new Map<string, FoldedText>();
  const cited = new Set<string>();
  let misses = 0;

  const requireActor = (id: string, path: string, role: string): boolean => {
    if (actorIds.has(id)) return true;
    error(path, `${role} "${id}" is not an actor in this dataset; add the actor or fix the id`);
    return false;
  };

  dataset.actors.forEach((actor, i) => {
    if (actor.parent === undefined) return;
    if (actor.parent === actor.id)
      error(`actors[${i}].parent`, `actor "${actor.id}" cannot be its own parent`);
    else requireActor(actor.parent, `actors[${i}].parent`, 'parent');
  });
  checkParentCycles(dataset, error);

  const checkWhen = (when: When | undefined, base: string) => {
    if (when?.end && endsBeforeStart(when.start, when.end)) {
      error(`${base}.when.end`, `ends (${when.end}) before it starts (${when.start})`);
    }
  };

  const checkEvidence = (
    list: readonly Evidence[],
    base: string,
    elementId: string,
    elementKind: QuoteSpan['elementKind'],
  ) => {
    list.forEach((ev, j) => {
      const path = `${base}[${j}]`;
      if (!sourceIds.has(ev.source)) {
        error(`${path}.source`, `cites unknown source "${ev.source}"; known sources: ${someOf(sourceIds)}`);
        return;
      }
      cited.add(ev.source);
      // Own entries only: a source id such as "constructor" would find the inherited function.
      const text = Object.hasOwn(texts, ev.source) ? texts[ev.source] : undefined;
      if (text === undefined) return; // reported once, on the source itself
      const foldedText = () => {
        let source = folded.get(ev.source);
        if (!source) {
          source = foldWhitespace(text);
          folded.set(ev.source, source);
        }
        return source;
      };
      const span = findAnchoredQuote(text, foldedText, ev.quote, ev.anchor);
      if (span) {
        spans.push({ sourceId: ev.source, ...span, elementId, elementKind, path: `${path}.quote` });
      } else if (misses++ < NEAREST_PASSAGE_LIMIT) {
        const near = nearestPassage(foldedText(), ev.quote);
        error(
          `${path}.quote`,
          `not found in source "${ev.source}"; ${near.hint}; nearest passage: "${excerpt(near.passage)}"`,
        );
      } else {
        error(`${path}.quote`, `not found in source "${ev.source}"; copy it word for word from the source`);
      }
    });
  };

  const unquoted: number[] = [];
  dataset.relations.forEach((rel, i) => {
    if (progress && i % PROGRESS_EVERY === 0) progress(i, dataset.relations.length);
    const base = `relations[${i}]`;
    requireActor(rel.source, `${base}.source`, 'source actor');
    requireActor(rel.target, `${base}.target`, 'target actor');
    if (rel.source === rel.target)
      warn(`${base}.target`, `relation "${rel.id}" points from "${rel.source}" to itself`);
    if (rel.evidence.length === 0) unquoted.push(i);
    checkEvidence(rel.evidence, `${base}.evidence`, rel.id, 'relation');
    rel.attributedTo?.forEach((id, j) => {
      requireActor(id, `${base}.attributedTo[${j}]`, 'attributed actor');
    });
    if (rel.stance === 'attributed' && !rel.attributedTo?.length) {
      error(
        `${base}.attributedTo`,
        'stance is "attributed": name the actors who make the claim in attributedTo',
      );
    }
    checkWhen(rel.when, base);
    rel.ends?.forEach((id, j) => {
      const path = `${base}.ends[${j}]`;
      if (!relationIds.has(id))
        error(path, `"${id}" is not a relation in this dataset; "ends" lists relations by id`);
      else if (id === rel.id) error(path, 'a relation cannot end itself');
    });
    if (rel.ends?.length && !rel.when) {
      error(
        `${base}.ends`,
        'ends other relations but has no date: give it "when", so the map knows from when they ended',
      );
    }
    const quotedSources = new Set(rel.evidence.map((ev) => ev.source));
    rel.figures?.forEach((fig, j) => {
      if (!quotedSources.has(fig.source)) {
        error(
          `${base}.figures[${j}].source`,
          `figure cites "${fig.source}", which this relation's evidence does not quote; add a quote from it`,
        );
      }
    });
    rel.contested?.positions.forEach((pos, j) => {
      pos.actors.forEach((id, k) => {
        requireActor(id, `${base}.contested.positions[${j}].actors[${k}]`, 'contesting actor');
      });
      checkEvidence(pos.evidence, `${base}.contested.positions[${j}].evidence`, rel.id, 'relation');
    });
  });
  if (unquoted.length > 0) issues.push(noEvidenceYet(dataset.relations, unquoted));

  dataset.deals.forEach((deal, i) => {
    const base = `deals[${i}]`;
    checkWhen(deal.when, base);
    deal.relations.forEach((id, j) => {
      if (!relationIds.has(id))
        error(
          `${base}.relations[${j}]`,
          `"${id}" is not a relation in this dataset; deals link relations by id`,
        );
    });
    if (new Set(deal.relations).size !== deal.relations.length) {
      error(`${base}.relations`, 'lists the same relation twice; a deal links distinct relations');
    }
    checkEvidence(deal.evidence, `${base}.evidence`, deal.id, 'deal');
  });

  const elementIds = new Set([...actorIds, ...relationIds, ...dealIds]);
  dataset.stories.forEach((story, i) => {
    story.slides.forEach((slide, j) => {
      const base = `stories[${i}].slides[${j}]`;
      (['show', 'highlight'] as const).forEach((key) => {
        slide[key].forEach((id, k) => {
          if (!elementIds.has(id))
            error(`${base}.${key}[${k}]`, `"${id}" is not an actor, relation or deal in this dataset`);
        });
      });
    });
  });
  checkSlidePaths(dataset, { error, requireActor });

  for (const id of Object.keys(dataset.positions ?? {})) {
    if (!actorIds.has(id))
      warn(`positions.${id}`, `saved position for "${id}", which is not an actor; remove it`);
  }
  const used = new Set<string>();
  for (const rel of dataset.relations) {
    used.add(rel.source);
    used.add(rel.target);
    rel.attributedTo?.forEach((id) => used.add(id));
    rel.contested?.positions.forEach((pos) => pos.actors.forEach((id) => used.add(id)));
  }
  // A group is in use when it is a parent, or (below) when one of its members is.
  const parentOfUsed = new Set<string>();
  dataset.actors.forEach((actor) => {
    if (!actor.parent) return;
    if (used.has(actor.id)) parentOfUsed.add(actor.parent);
    used.add(actor.parent);
  });
  dataset.actors.forEach((actor, i) => {
    if (!used.has(actor.id) && !parentOfUsed.has(actor.id)) {
      warn(`actors[${i}]`, `actor "${actor.id}" takes part in no relation; connect it or remove it`);
    }
  });
  dataset.sources.forEach((s, i) => {
    if (!cited.has(s.id)) warn(`sources[${i}]`, `source "${s.id}" is never quoted; quote it or remove it`);
    const text = Object.hasOwn(texts, s.id) ? texts[s.id] : undefined;
    const hidden = text === undefined ? null : hiddenInText(text);
    if (!hidden) return;
    if (s.content === undefined) warn(`sources[${i}].text`, `the text "${s.text}" ${hidden}`);
    else warn(`sources[${i}].content`, `the source's embedded text ${hidden}`);
  });
  if (dataset.sources.length === 0)
    warn('sources', 'the map has no sources yet; add the text that its relations will quote');
  // Embedded texts were checked above, by the rules for a text (a form feed is fine there),
  // so the walk over the dataset's own fields leaves them out rather than warn twice.
  checkHiddenCharacters(withoutEmbeddedTexts(dataset), warn);
  return { issues, spans };
}

/** The dataset with its sources' embedded texts left out; the same object when it has none. */
function withoutEmbeddedTexts(dataset: Dataset): Dataset {
  if (!dataset.sources.some((s) => s.content !== undefined)) return dataset;
  const sources = dataset.sources.map((source) => {
    const rest = { ...source };
    delete rest.content;
    return rest;
  });
  return { ...dataset, sources };
}

/**
 * Reports each actor on a cycle of parents, once. Linear: every actor is walked at most once,
 * so a chain of 100,000 nested groups costs no more than 100,000 flat ones.
 */
function checkParentCycles(dataset: Dataset, error: (path: string, message: string) => void) {
  const parentOf = new Map(dataset.actors.map((a) => [a.id, a.parent]));
  const indexOf = new Map(dataset.actors.map((a, i) => [a.id, i]));
  // 1: on the walk now; 2: done (on no cycle, or its cycle already reported).
  const state = new Map<string, 1 | 2>();
  for (const actor of dataset.actors) {
    const walk: string[] = [];
    let next: string | undefined = actor.id;
    while (next !== undefined && !state.has(next) && parentOf.has(next)) {
      state.set(next, 1);
      walk.push(next);
      next = parentOf.get(next);
    }
    if (next !== undefined && state.get(next) === 1) {
      const cycle = walk.slice(walk.indexOf(next));
      // A self-parent is reported where the parent is checked.
      if (cycle.length > 1) {
        cycle.forEach((id, k) => {
          const loop = [...cycle.slice(k), ...cycle.slice(0, k)];
          const shown =
            loop.length <= 8
              ? loop.join(' → ')
              : `${loop.slice(0, 4).join(' → ')} → … (${loop.length} actors)`;
          error(`actors[${indexOf.get(id)}].parent`, `parents form a cycle: ${shown} → ${id}; break it`);
        });
      }
    }
    for (const id of walk) state.set(id, 2);
  }
}

/**
 * Relations with no evidence yet, as one warning at the first of them: a map brought in from
 * a spreadsheet may have hundreds, which one line each would bury every other issue under.
 */
function noEvidenceYet(relations: Dataset['relations'], at: readonly number[]): PathIssue {
  const [first, ...rest] = at.map((i) => `"${relations[i]!.id}"`);
  const more =
    rest.length === 0
      ? ''
      : `, and so do ${rest.length} more (${rest.slice(0, 8).join(', ')}${rest.length > 8 ? ', …' : ''})`;
  return {
    severity: 'warning',
    rule: 'no-evidence',
    path: `relations[${at[0]}].evidence`,
    message: `relation ${first} has no evidence yet${more}; add a quote from a source that supports ${rest.length ? 'each' : 'it'} (until then ${rest.length ? 'they are' : 'it is'} drawn grey with a hollow arrow)`,
  };
}
