/**
 * How much a relation's evidence can bear, as a number from 0 to 1, and a path's score as
 * the product of its hops. Every factor is below or at 1, so a path never scores more than
 * any of its beginnings: that is what lets the path search stop at the best paths first.
 */
import { RELATION_TYPES } from '../relationTypes';
import type { Relation, Stance } from '../schema';
import type { LeverKind } from './semantics';

/** What the stance says of the claim: the author states it, reports it, wants it, imagines it. */
export const STANCE_WEIGHT: Record<Stance, number> = {
  asserted: 1,
  attributed: 0.75,
  recommended: 0.5,
  hypothetical: 0.4,
};
/** A claim quoted from one source only counts a little less than one two sources back. */
export const SINGLE_SOURCE_WEIGHT = 0.9;
/** A relation with no evidence yet (imported without a quote): a lead, not a finding. */
export const UNQUOTED_WEIGHT = 0.5;
/** A claim the text reports as disputed. */
export const CONTESTED_WEIGHT = 0.6;
/**
 * Being able to talk to someone is a weaker lever than being able to hurt, reward, cut off or
 * direct them: without this, channels (which run both ways) would make a path of almost any
 * two actors on a busy map.
 */
export const KIND_WEIGHT: Record<LeverKind, number> = {
  pressure: 1,
  inducement: 1,
  dependency: 1,
  control: 1,
  access: 0.6,
};
/** Each step of a path loses some force: a lever on a lever is weaker than a lever. */
export const STEP_WEIGHT = 0.85;

export function relationStrength(relation: Relation): number {
  // As relationSources(relation).length > 1, without building the list: this runs for every
  // relation of the map each time the levers are worked out.
  const first = relation.evidence[0]?.source;
  const corroborated = relation.evidence.some((ev) => ev.source !== first);
  const quoted = first === undefined ? UNQUOTED_WEIGHT : corroborated ? 1 : SINGLE_SOURCE_WEIGHT;
  return (
    STANCE_WEIGHT[relation.stance] *
    KIND_WEIGHT[RELATION_TYPES[relation.type].leverage.kind] *
    quoted *
    (relation.contested ? CONTESTED_WEIGHT : 1)
  );
}

export type ScoreWord = 'strong' | 'moderate' | 'weak';

export function scoreWord(score: number): ScoreWord {
  if (score >= 0.58) return 'strong';
  if (score >= 0.3) return 'moderate';
  return 'weak';
}

/** How the scores are worked out, in words: shown beside the results. */
export const SCORING_IN_WORDS =
  'Each step counts for less than the last (×0.85). An asserted claim counts fully, one the author reports ×0.75, one recommended ×0.5, a hypothetical one ×0.4; a claim quoted from one source only ×0.9, one with no evidence yet ×0.5, a contested one ×0.6; a lever that only gives access (a channel, talks) ×0.6, since talking moves less than pressure, reward, dependency or control. Strong is 0.58 and above, moderate 0.30 and above.';
