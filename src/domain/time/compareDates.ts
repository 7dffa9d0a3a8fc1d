/**
 * What changed between two dates A and B (A before B): which relations began holding, which
 * ended, which came and went in between, and which held on both days. Relations without a
 * date cannot be placed and are counted apart.
 */
import type { PartialDate } from '../schema';
import { asOfDay } from './partialDates';
import { holdsOn, type TimeIndex } from './timeIndex';

export const CHANGES = ['added', 'ended', 'passed', 'unchanged'] as const;
export type Change = (typeof CHANGES)[number];

/** How each change is marked, on the map and the timeline: colours no relation category uses. */
export const CHANGE_LOOK = {
  added: { color: '#047857', line: 'solid' },
  ended: { color: '#b91c1c', line: 'dashed' },
  passed: { color: '#a16207', line: 'dotted' },
  unchanged: { color: '#6b7280', line: 'solid' },
} as const satisfies Record<Change, { color: string; line: 'solid' | 'dashed' | 'dotted' }>;

export interface Comparison {
  readonly a: PartialDate;
  readonly b: PartialDate;
  /** Dated relations that held on A or B, or began after A and ended by B. */
  readonly changes: ReadonlyMap<string, Change>;
  readonly undated: number;
}

/** The two dates in order, whichever was picked first. */
function ordered(a: PartialDate, b: PartialDate): [PartialDate, PartialDate] {
  return asOfDay(a) <= asOfDay(b) ? [a, b] : [b, a];
}

export function compareDates(time: TimeIndex, first: PartialDate, second: PartialDate): Comparison {
  const [a, b] = ordered(first, second);
  const dayA = asOfDay(a);
  const dayB = asOfDay(b);
  const changes = new Map<string, Change>();
  for (const span of time.dated) {
    const onA = holdsOn(span, dayA);
    const onB = holdsOn(span, dayB);
    if (onA && onB) changes.set(span.id, 'unchanged');
    else if (onB) changes.set(span.id, 'added');
    else if (onA) changes.set(span.id, 'ended');
    else if (span.start!.first > dayA && span.until <= dayB) changes.set(span.id, 'passed');
  }
  return { a, b, changes, undated: time.undated };
}
