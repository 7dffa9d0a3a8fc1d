/**
 * Partial dates as stretches of time. "2025" is the whole of 2025, "2025-10" the whole of
 * October, "2025-10-20" that one day: a date known only to the year is never 1 January.
 * Instants are UTC milliseconds; a stretch is half-open, [first, next), so that a month ends
 * where the next begins. The calendar is the platform's (Date.UTC rolls a day or a month
 * over into the next), so this stays small enough for the first picture's code; the
 * timeline's months and ticks are d3-time's (see months.ts).
 */
import type { PartialDate } from '../schema';

export type Precision = 'year' | 'month' | 'day';

export interface Stretch {
  /** The first instant (the start of the first day). */
  readonly first: number;
  /** The first instant after it (the start of the next day, month or year). */
  readonly next: number;
}

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The stretch of time a partial date covers. The date is assumed valid (the schema checks it). */
export function stretchOf(date: PartialDate): Stretch {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const precision = precisionOf(date);
  return {
    first: Date.UTC(year, month - 1, day),
    next:
      precision === 'year'
        ? Date.UTC(year + 1, 0, 1)
        : precision === 'month'
          ? Date.UTC(year, month, 1)
          : Date.UTC(year, month - 1, day + 1),
  };
}

/** The day an as-of date stands for: a month or a year is read as its last day. */
export function asOfDay(date: PartialDate): number {
  const { next } = stretchOf(date);
  const end = new Date(next);
  return Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate() - 1);
}
