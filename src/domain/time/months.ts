/** The timeline's months, with d3-time's calendar: "YYYY-MM" for an instant, and a run of them. */
import { utcMonth } from 'd3-time';
import type { PartialDate } from '../schema';

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
