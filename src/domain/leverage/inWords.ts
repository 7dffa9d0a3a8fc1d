/** Leverage in sentences: for the details panel, the paths panel and the slide footnotes. */
import { actorLabel, relationSentence, relationSources } from '../format';
import type { GraphIndex } from '../graphIndex';
import { RELATION_TYPES } from '../relationTypes';
import type { Relation } from '../schema';
import type { Lever } from './leverageGraph';
import type { LeveragePath, NoPathExplanation } from './paths';
import { LEVER_KINDS } from './semantics';
import { scoreWord } from './strength';

/** "Russia over Belarus, dependency"; "either way between the US and Belarus, access"; "none". */
export function leverageInWords(index: GraphIndex, relation: Relation): string {
  const { flow, kind } = RELATION_TYPES[relation.type].leverage;
  const source = actorLabel(index, relation.source);
  const target = actorLabel(index, relation.target);
  const kindLabel = LEVER_KINDS[kind].label;
  switch (flow) {
    case 'source-over-target':
      return `${source} over ${target}, ${kindLabel}`;
    case 'target-over-source':
      return `${target} over ${source}, ${kindLabel}`;
    case 'both':
      return `either way between ${source} and ${target}, ${kindLabel}`;
    case 'none':
      return 'none';
  }
}

/** "United States over Belaruskali, inducement": one lever, whichever way its relation points. */
export function leverInWords(index: GraphIndex, lever: Lever): string {
  return `${actorLabel(index, lever.holder)} over ${actorLabel(index, lever.subject)}, ${LEVER_KINDS[lever.kind].label}`;
}

/** "United States → Belarus → Alyaksandr Lukashenka": the actors a path runs through. */
export function pathRoute(index: GraphIndex, path: Pick<LeveragePath, 'actors'>): string {
  return path.actors.map((id) => actorLabel(index, id)).join(' → ');
}

/**
 * Each step as its relation's own sentence, subject first ("Belarus depends on Russia"):
 * a lever can run against its relation's arrow, and only the whole sentence says both who
 * acts and who holds the leverage without misreading.
 */
export function stepSentences(index: GraphIndex, path: Pick<LeveragePath, 'hops'>): string[] {
  return path.hops.map((hop) => relationSentence(index, hop.lever.relation));
}

/** "Russia → Belarus → Lithuania: Belarus is the junior ally of Russia; Belarus uses …". */
export function pathSentence(index: GraphIndex, path: LeveragePath): string {
  return `${pathRoute(index, path)}: ${stepSentences(index, path).join('; ')}.`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "strong (0.72): 2 steps, both asserted, 1 quoted by two sources, none contested". */
export function scoreInWords(path: LeveragePath): string {
  const relations = path.hops.map((hop) => hop.lever.relation);
  const n = relations.length;
  const asserted = relations.filter((r) => r.stance === 'asserted').length;
  const corroborated = relations.filter((r) => relationSources(r).length > 1).length;
  const contested = relations.filter((r) => r.contested).length;
  const stance =
    asserted === n
      ? n === 1
        ? 'asserted'
        : n === 2
          ? 'both asserted'
          : 'all asserted'
      : `${asserted} of ${n} asserted (${stancesOf(relations)})`;
  const parts = [
    count(n, 'step'),
    stance,
    corroborated === 0 ? 'each from one source' : `${corroborated} of ${n} quoted by two sources`,
    contested === 0 ? 'none contested' : `${contested} contested`,
  ];
  return `${scoreWord(path.score)} (${path.score.toFixed(2)}): ${parts.join(', ')}`;
}

function stancesOf(relations: readonly Relation[]): string {
  const others = [...new Set(relations.map((r) => r.stance).filter((s) => s !== 'asserted'))];
  return `the rest ${others.join(' or ')}`;
}

/** Why there is no path, and what to try: a sentence or two for the empty result. */
export function noPathInWords(
  index: GraphIndex,
  from: string,
  to: string,
  maxHops: number,
  why: NoPathExplanation,
): string {
  const a = actorLabel(index, from);
  const b = actorLabel(index, to);
  const within = `within ${count(maxHops, 'step')}`;
  let first: string;
  switch (why.reason.kind) {
    case 'same':
      return `${a} is at both ends: choose two different actors.`;
    case 'holds-nothing':
      first = `${a} holds no lever over anyone in the relations used.`;
      break;
    case 'nobody-over':
      first = `Nobody holds a lever over ${b} in the relations used.`;
      break;
    case 'too-far':
      first = `No leverage path ${within}; the shortest takes ${count(why.reason.shortest, 'step')}: allow more steps to see it.`;
      break;
    case 'unreachable':
      first = `No leverage path from ${a} to ${b} at any length.`;
      break;
  }
  const nearest = why.reachable.map((r) => actorLabel(index, r.id));
  const reach =
    nearest.length > 0 && why.reason.kind !== 'holds-nothing'
      ? ` The nearest actors ${a} can reach ${within} are ${listInWords(nearest)}.`
      : '';
  const swap = why.reverse ? ` ${b} can move ${a}, though: swap the two to see how.` : '';
  return `${first}${reach}${swap}`;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
