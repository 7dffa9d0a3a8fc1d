/**
 * Small hand-made maps for the domain's tests: actors named by their ids, relations as
 * one-line tuples, quotes that need no source text (the index does not check them).
 */
import * as z from 'zod/mini';
import { buildIndex, type GraphIndex } from '../../src/domain/graphIndex';
import type { RelationType } from '../../src/domain/relationTypes';
import { Dataset, type DatasetInput, type Stance } from '../../src/domain/schema';

export interface TinyRelation {
  stance?: Stance;
  /** Sources quoted; one ("a") unless given. */
  sources?: string[];
  contested?: boolean;
  when?: { start: string; end?: string };
  ends?: string[];
}

export type TinyTuple = [
  id: string,
  source: string,
  type: RelationType,
  target: string,
  extra?: TinyRelation,
];

export function tinyDataset(tuples: TinyTuple[], extraActors: string[] = []): DatasetInput {
  const actorIds = [...new Set([...tuples.flatMap(([, s, , t]) => [s, t]), ...extraActors])];
  return {
    format: 'leverage-map',
    version: 1,
    title: 'Tiny',
    description: 'A hand-made map for tests.',
    sources: ['a', 'b'].map((id) => ({ id, title: id, publisher: id, published: '2025', text: `${id}.txt` })),
    actors: actorIds.map((id) => ({ id, label: id.toUpperCase(), type: 'state', description: id })),
    relations: tuples.map(([id, source, type, target, extra = {}]) => ({
      id,
      source,
      target,
      type,
      label: type,
      claim: `${source} ${type} ${target}`,
      stance: extra.stance ?? 'asserted',
      evidence: (extra.sources ?? ['a']).map((s) => ({ source: s, quote: `${id} quote` })),
      ...(extra.when ? { when: extra.when } : {}),
      ...(extra.ends ? { ends: extra.ends } : {}),
      ...(extra.contested
        ? {
            contested: {
              summary: 'disputed',
              positions: [
                { author: true, position: 'asserts', claim: 'yes', evidence: [{ source: 'a', quote: 'q' }] },
                { author: true, position: 'disputes', claim: 'no', evidence: [{ source: 'a', quote: 'q' }] },
              ],
            },
          }
        : {}),
    })),
  };
}

export function tinyIndex(tuples: TinyTuple[], extraActors: string[] = []): GraphIndex {
  return buildIndex(z.parse(Dataset, tinyDataset(tuples, extraActors)), []);
}

/** A ring of `n` actors, each sanctioning the next: a large map made in one line. */
export function ringTuples(n: number): TinyTuple[] {
  return Array.from({ length: n }, (_, i): TinyTuple => [`r${i}`, `a${i}`, 'sanctions', `a${(i + 1) % n}`]);
}

/**
 * A `next` for work done a slice at a time (see src/domain/steps.ts) that waits for nothing
 * and counts the pauses; `onPause` runs at each (to abort, say).
 */
export function countingPauses(onPause: () => void = () => undefined) {
  const counter = {
    pauses: 0,
    next: () => {
      counter.pauses += 1;
      onPause();
      return Promise.resolve();
    },
  };
  return counter;
}
