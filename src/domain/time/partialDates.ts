/**
 * Partial dates as stretches of time. "2025" is the whole of 2025, "2025-10" the whole of
 * October, "2025-10-20" that one day: a date known only to the year is never 1 January.
 * Instants are UTC milliseconds; a stretch is half-open, [first, next), so that a month ends
 * where the next begins. The calendar arithmetic is d3-time's.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { PartialDate } from '../schema';

export type Precision = 'year' | 'month' | 'day';

export interface Stretch {
  /** The first instant (the start of the first day). */
  readonly first: number;
  /** The first instant after it (the start of the next day, month or year). */
  readonly next: number;
}

const INTERVAL = { year: utcYear, month: utcMonth, day: utcDay } as const;

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The stretch of time a partial date covers. The date is assumed valid (the schema checks it). */
export function stretchOf(date: PartialDate): Stretch {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const first = Date.UTC(year, month - 1, day);
  return { first, next: INTERVAL[precisionOf(date)].offset(new Date(first), 1).getTime() };
}

/** The day an as-of date stands for: a month or a year is read as its last day. */
export function asOfDay(date: PartialDate): number {
  return utcDay.offset(new Date(stretchOf(date).next), -1).getTime();
}

/** The partial date of a month, "YYYY-MM", for an instant in it. */
export function monthOf(instant: number): PartialDate {
  return new Date(instant).toISOString().slice(0, 7);
}

/** Every month from the one holding `from` to the one holding `to`, as "YYYY-MM", in order. */
export function monthsBetween(from: number, to: number): PartialDate[] {
  const start = utcMonth.floor(new Date(from));
  return utcMonth
    .range(start, utcMonth.offset(utcMonth.floor(new Date(to)), 1))
    .map((d) => monthOf(d.getTime()));
}
