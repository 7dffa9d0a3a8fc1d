/**
 * The leverage-flow graph: one directed lever from the actor who holds leverage to the actor
 * subject to it, for every relation whose type carries leverage (see the registry). A
 * dependency of Belarus on Russia is a lever of Russia over Belarus; a channel is a lever
 * both ways. Relations hidden by the filters, or of kinds and stances left out, are not used.
 */
import type { GraphIndex } from '../graphIndex';
import { RELATION_TYPES } from '../relationTypes';
import type { Relation, Stance } from '../schema';
import { relationStrength } from './strength';
import type { LeverFlow, LeverKind } from './semantics';
import { pushTo } from '../lists';
import { noPause, runAtOnce, type Pause, type Steps } from '../steps';
import { oncePer } from '../oncePer';

export interface Lever {
  relation: Relation;
  /** The actor who holds the leverage. */
  holder: string;
  /** The actor it can move. */
  subject: string;
  kind: LeverKind;
  flow: LeverFlow;
  /** 0–1: stance, corroboration and contest (see strength.ts). */
  strength: number;
}

export interface LeverOptions {
  /** Kinds of lever to use; all when absent. */
  kinds?: readonly LeverKind[];
  /** Stances to use; all when absent. */
  stances?: readonly Stance[];
  /** The relations the current filters show; all when absent. */
  relations?: ReadonlySet<string>;
}

export interface LeverageGraph {
  levers: readonly Lever[];
  /** Levers by holder and by subject, strongest first, ties by relation id. */
  held: ReadonlyMap<string, readonly Lever[]>;
  over: ReadonlyMap<string, readonly Lever[]>;
  /**
   * A holder's levers grouped by the actor they move, subjects in id order: one step of a
   * path is one such group, its strongest lever leading and the others beside it. Worked out
   * on first asking: a path search visits a few actors of a large map, not all of them.
   */
  stepsFrom: (holder: string) => readonly LeverStep[];
}

export interface LeverStep {
  subject: string;
  /** Strongest first. */
  levers: readonly Lever[];
}

/** Stronger first; equal ones by relation id, so every list comes out in one order. */
export function compareLevers(a: Lever, b: Lever): number {
  return b.strength - a.strength || byId(a.relation.id, b.relation.id);
}

/** Ids in code-unit order: the same in every locale, unlike localeCompare. */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A relation's levers never change, and the map's levers are worked out again whenever the
// filters or the path options do: each relation's are kept with it.
/** The levers one relation gives: none, one, or one each way. */
export const leversOf = oncePer(computeLevers);

function computeLevers(relation: Relation): readonly Lever[] {
  const { flow, kind } = RELATION_TYPES[relation.type].leverage;
  if (flow === 'none' || relation.source === relation.target) return [];
  const strength = relationStrength(relation);
  const lever = (holder: string, subject: string): Lever => ({
    relation,
    holder,
    subject,
    kind,
    flow,
    strength,
  });
  if (flow === 'source-over-target') return [lever(relation.source, relation.target)];
  if (flow === 'target-over-source') return [lever(relation.target, relation.source)];
  return [lever(relation.source, relation.target), lever(relation.target, relation.source)];
}

export function buildLeverageGraph(index: GraphIndex, options: LeverOptions = {}): LeverageGraph {
  return runAtOnce(leverageGraphSteps(index, options, noPause));
}

/** buildLeverageGraph, pausing whenever `tick` says: once per relation and per list sorted (see steps.ts). */
export function* leverageGraphSteps(
  index: GraphIndex,
  options: LeverOptions,
  tick: Pause,
): Steps<LeverageGraph> {
  const kinds = options.kinds && new Set(options.kinds);
  const stances = options.stances && new Set(options.stances);
  const levers: Lever[] = [];
  const held = new Map<string, Lever[]>();
  const over = new Map<string, Lever[]>();
  for (const relation of index.relations.values()) {
    if (tick()) yield;
    if (options.relations && !options.relations.has(relation.id)) continue;
    if (stances && !stances.has(relation.stance)) continue;
    for (const lever of leversOf(relation)) {
      if (kinds && !kinds.has(lever.kind)) continue;
      levers.push(lever);
      pushTo(held, lever.holder, lever);
      pushTo(over, lever.subject, lever);
    }
  }
  for (const lists of [held, over])
    for (const list of lists.values()) {
      list.sort(compareLevers);
      if (tick()) yield;
    }
  const steps = new Map<string, LeverStep[]>();
  const stepsFrom = (holder: string): readonly LeverStep[] => {
    let list = steps.get(holder);
    if (!list) {
      const bySubject = new Map<string, Lever[]>();
      for (const lever of held.get(holder) ?? []) pushTo(bySubject, lever.subject, lever);
      list = [...bySubject].sort(([a], [b]) => byId(a, b)).map(([subject, levers]) => ({ subject, levers }));
      steps.set(holder, list);
    }
    return list;
  };
  return { levers, held, over, stepsFrom };
}
