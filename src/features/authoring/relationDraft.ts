/**
 * The relation form's fields as typed, and what they make: a relation with any actors made
 * for it, or a sentence per field saying what to fix. Whether the result holds together
 * (quotes found, references known) is for the store's checks, as for a file.
 */
import type { ActorType } from '../../domain/actorTypes';
import { takenIds, uniqueId } from '../../domain/edits/ids';
import { withoutUndefined } from '../../domain/edits/cascade';
import type { RelationType } from '../../domain/relationTypes';
import { endsBeforeStart } from '../../domain/time/partialDateText';
import { type Actor, type Dataset, type Evidence, type Relation, type Stance } from '../../domain/schema';
import { dateProblem } from './dateProblem';
import { splitList, type FieldErrors } from './useFieldErrors';

export interface NewActorDraft {
  name: string;
  type: ActorType | '';
  /** Comma-separated. */
  aliases: string;
  description: string;
}

/** One end of the relation: an actor on the map, one to make, or none chosen yet. */
export type EndDraft = { kind: 'actor'; id: string } | ({ kind: 'new' } & NewActorDraft) | null;

export interface RelationDraft {
  from: EndDraft;
  to: EndDraft;
  type: RelationType | '';
  label: string;
  claim: string;
  stance: Stance;
  /** Actors on the map by id, and NEW_END tokens for an actor this form makes at an end. */
  attributedTo: readonly string[];
  date: string;
  approximate: boolean;
  /** The last date of a period, as precise as the text gives it. */
  until: string;
  /** How the text makes the date known, in our words. */
  basis: string;
}

export type End = 'from' | 'to';

/** In attributedTo: the actor being made at this end of the relation, whose id is not known yet. */
export const NEW_END: Record<End, string> = { from: 'new:from', to: 'new:to' };
export type RelationField =
  End | `${End}Type` | `${End}Description` | 'type' | 'label' | 'claim' | 'attributedTo' | 'date' | 'until';

/** A new actor's fields, as first shown: its name, and a description that is at least a line. */
export function newActorDraft(name: string): { kind: 'new' } & NewActorDraft {
  return { kind: 'new', name, type: '', aliases: '', description: `${name}.` };
}

const WHO: Record<End, string> = { from: 'who acts', to: 'who is acted upon' };

/** What is wrong with the draft, field by field, in the form's order. */
export function relationProblems(draft: RelationDraft): FieldErrors<RelationField> {
  const errors: FieldErrors<RelationField> = {};
  for (const end of ['from', 'to'] as const) {
    const value = draft[end];
    if (!value)
      errors[end] =
        `Choose ${WHO[end]}: an actor on the map, or “New actor” to add one under the name typed.`;
    else if (value.kind === 'new') {
      if (value.type === '') errors[`${end}Type`] = `Choose what kind of actor “${value.name}” is.`;
      if (value.description.trim() === '')
        errors[`${end}Description`] = `Describe “${value.name}” in one line of your own.`;
    }
  }
  if (draft.type === '') errors.type = 'Choose the type of relation.';
  if (draft.label.trim() === '') errors.label = 'Give a short verb phrase, such as “lifts sanctions on”.';
  if (draft.claim.trim() === '') errors.claim = 'Say what the quote supports, in one sentence of your own.';
  if (draft.stance === 'attributed' && attributedIn(draft).length === 0)
    errors.attributedTo = 'Name who makes the claim: at least one actor.';
  const date = draft.date.trim();
  const until = draft.until.trim();
  if (date !== '') errors.date = dateProblem(date);
  if (until !== '') {
    if (date === '') errors.until = 'Give the date it began first; “Until” closes a period.';
    else
      errors.until =
        dateProblem(until) ??
        (endsBeforeStart(date, until) ? `It cannot end (${until}) before it begins (${date}).` : undefined);
  }
  return errors;
}

/**
 * The relation and the actors made for it. Ids are readable slugs unique across the map:
 * new actors' from their names, the relation's from its ends and type. A relation being
 * edited keeps its id, its quotes, figures and contest.
 */
export function buildRelation(
  draft: RelationDraft,
  dataset: Dataset,
  evidence: readonly Evidence[],
  base?: Relation,
): { relation: Relation; newActors: Actor[] } {
  const taken = takenIds(dataset);
  const newActors: Actor[] = [];
  const endId = (end: EndDraft): string => {
    if (!end) throw new Error('buildRelation: both ends must be chosen');
    if (end.kind === 'actor') return end.id;
    // The same new name at both ends is one actor, not two of the same name.
    const named = newActors.find((a) => a.label.toLowerCase() === end.name.trim().toLowerCase());
    if (named) return named.id;
    const id = uniqueId(end.name, 'actor', taken);
    taken.add(id);
    newActors.push({
      id,
      label: end.name.trim(),
      type: end.type as ActorType,
      aliases: splitList(end.aliases),
      description: end.description.trim(),
    });
    return id;
  };
  const source = endId(draft.from);
  const target = endId(draft.to);
  const made: Record<string, string> = { [NEW_END.from]: source, [NEW_END.to]: target };
  const type = draft.type as RelationType;
  const date = draft.date.trim();
  const until = draft.until.trim();
  const basis = draft.basis.trim();
  const relation: Relation = withoutUndefined({
    ...base,
    id: base?.id ?? uniqueId(`${source}-${type}-${target}`, 'relation', taken),
    source,
    target,
    type,
    label: draft.label.trim(),
    claim: draft.claim.trim(),
    evidence: [...evidence],
    stance: draft.stance,
    attributedTo:
      draft.stance === 'attributed'
        ? [...new Set(attributedIn(draft).map((id) => made[id] ?? id))]
        : undefined,
    when:
      date === ''
        ? undefined
        : withoutUndefined({
            ...base?.when,
            start: date,
            end: until === '' ? undefined : until,
            approximate: draft.approximate ? true : undefined,
            basis: basis === '' ? undefined : basis,
          }),
  });
  return { relation, newActors };
}

/** The form's fields for an existing relation, or empty ones for a new one. */
export function relationDraftOf(relation: Relation | undefined): RelationDraft {
  return {
    from: relation ? { kind: 'actor', id: relation.source } : null,
    to: relation ? { kind: 'actor', id: relation.target } : null,
    type: relation?.type ?? '',
    label: relation?.label ?? '',
    claim: relation?.claim ?? '',
    stance: relation?.stance ?? 'asserted',
    attributedTo: relation?.attributedTo ?? [],
    date: relation?.when?.start ?? '',
    approximate: relation?.when?.approximate ?? false,
    until: relation?.when?.end ?? '',
    basis: relation?.when?.basis ?? '',
  };
}

/** The attributed actors that still stand: a NEW_END token only while its end is a new actor. */
function attributedIn(draft: RelationDraft): readonly string[] {
  return draft.attributedTo.filter(
    (id) =>
      (id !== NEW_END.from || draft.from?.kind === 'new') && (id !== NEW_END.to || draft.to?.kind === 'new'),
  );
}
