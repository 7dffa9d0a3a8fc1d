/**
 * The map in time: as of a date (what had started and not yet ended), within a period
 * brushed on the timeline (what the texts date inside it), and whether relations without a
 * date are shown beside them. Pure; the store holds the values.
 */
import type { PartialDate } from '../schema';
import { asOfDay, stretchOf } from './partialDates';
import { holdsOn, type TimeSpan } from './timeIndex';

export interface Period {
  readonly from: PartialDate;
  readonly to: PartialDate;
}

export interface TimeFilter {
  readonly asOf: PartialDate | null;
  readonly period: Period | null;
  /** Relations without a date are shown (apart) unless this is set. */
  readonly hideUndated: boolean;
}

export const NO_TIME_FILTER: TimeFilter = { asOf: null, period: null, hideUndated: false };

/** Whether a date or a period narrows the map (hiding the undated alone counts as well). */
export function timeFilterActive(filter: TimeFilter): boolean {
  return filter.asOf !== null || filter.period !== null || filter.hideUndated;
}

/** The instants a period covers: from its first date's first day to its last date's last. */
export function periodStretch(period: Period): { first: number; next: number } {
  return { first: stretchOf(period.from).first, next: stretchOf(period.to).next };
}

/**
 * Whether a relation passes the time filter, as a test made once per filter (the dates are
 * read once, not once per relation). As of a date: it holds on that day (an undated relation
 * holds unless a dated one has ended it by then). In a period: its dates fall in it, as its
 * mark on the timeline does; an undated relation has no mark and passes only as undated.
 */
export function timeTest(filter: TimeFilter): (span: TimeSpan) => boolean {
  const day = filter.asOf === null ? null : asOfDay(filter.asOf);
  const period = filter.period === null ? null : periodStretch(filter.period);
  return (span) => {
    if (span.dated === null) return !filter.hideUndated && (day === null || day < span.until);
    if (day !== null && !holdsOn(span, day)) return false;
    return period === null || (span.dated.next > period.first && span.dated.first < period.next);
  };
}
