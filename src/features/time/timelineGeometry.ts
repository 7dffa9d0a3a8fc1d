/**
 * Where the timeline draws things: each lane's height and place, each mark's row, the axis
 * ticks (as many months apart as keeps labels from touching) and the words for marks.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { formatWhenInFull } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Lane, TimelineMark } from '../../domain/time/lanes';
import type { Stretch } from '../../domain/time/partialDates';

export const AXIS_H = 26;
export const ROW_H = 16;
export const MARK_H = 10;
/** A dense lane is one row of monthly bars this tall. */
export const DENSE_ROW_H = 28;
const LANE_GAP = 10;
/** More marks than this in a lane and it is drawn as counts per month. */
export const DENSE_LIMIT = 120;
/** The narrowest a mark is drawn, so that a day can be seen and clicked. */
export const MIN_MARK_PX = 6;

export interface Layout {
  labelWidth: number;
  axisHeight: number;
  height: number;
  lanes: ReadonlyMap<string, { y: number; dense: boolean }>;
  /** Each mark drawn one by one, and the top of its row. */
  marks: ReadonlyMap<string, { mark: TimelineMark; y: number }>;
}

export function layoutLanes(lanes: readonly Lane[], labelWidth: number): Layout {
  const places = new Map<string, { y: number; dense: boolean }>();
  const marks = new Map<string, { mark: TimelineMark; y: number }>();
  let y = AXIS_H + LANE_GAP;
  for (const lane of lanes) {
    const dense = lane.rows.reduce((n, row) => n + row.length, 0) > DENSE_LIMIT;
    places.set(lane.key, { y, dense });
    if (!dense) {
      lane.rows.forEach((row, r) => {
        for (const mark of row) marks.set(mark.id, { mark, y: y + r * ROW_H });
      });
    }
    y += (dense ? DENSE_ROW_H : Math.max(1, lane.rows.length) * ROW_H) + LANE_GAP;
  }
  return { labelWidth, axisHeight: AXIS_H, height: y, lanes: places, marks };
}

/** Up to this many months, the axis is even; longer, the last FOCUS_MONTHS get most of it. */
const EVEN_UP_TO_MONTHS = 24;
const FOCUS_MONTHS = 12;
/** The share of the width the years before the focus are squeezed into. */
const CONTEXT_SHARE = 0.22;

export interface TimeAxis {
  scale: ScaleTime<number, number>;
  /** Where the squeezed years end and the months read one by one begin, or null for an even axis. */
  focusFrom: number | null;
}

/**
 * Where a long story's latest year begins (the part read month by month, and where playing
 * starts), or null for a story short enough to read evenly.
 */
export function focusStart(extent: Stretch): number | null {
  const months = utcMonth.count(new Date(extent.first), new Date(extent.next));
  if (months <= EVEN_UP_TO_MONTHS) return null;
  return utcMonth.offset(utcMonth.ceil(new Date(extent.next)), -FOCUS_MONTHS).getTime();
}

/**
 * The time scale: even over a short story; over a long one, the latest year reads month by
 * month and the years before it are squeezed to the left (a focus and its context), so a
 * story of 2025 with roots in 2020 still reads at month precision.
 */
export function timeAxis(extent: Stretch, left: number, right: number): TimeAxis {
  const focusFrom = focusStart(extent);
  if (focusFrom === null) {
    return { scale: scaleUtc().domain([extent.first, extent.next]).range([left, right]), focusFrom: null };
  }
  const split = left + (right - left) * CONTEXT_SHARE;
  return {
    scale: scaleUtc().domain([extent.first, focusFrom, extent.next]).range([left, split, right]),
    focusFrom,
  };
}

const STEPS = [1, 2, 3, 6, 12, 24, 60] as const;
const TICK_GAP_PX = 64;

/** Ticks a whole number of months apart, the fewest that keep the labels apart (in each part). */
export function axisTicks(axis: TimeAxis): { date: Date; step: number }[] {
  const { scale, focusFrom } = axis;
  const domain = scale.domain().map((d) => d.getTime());
  const parts: [number, number][] =
    focusFrom === null
      ? [[domain[0]!, domain[domain.length - 1]!]]
      : [
          [domain[0]!, focusFrom],
          [focusFrom, domain[domain.length - 1]!],
        ];
  return parts.flatMap(([first, next]) => {
    const months = Math.max(1, utcMonth.count(new Date(first), new Date(next)));
    const perMonth = (scale(next) - scale(first)) / months;
    const step = STEPS.find((s) => s * perMonth >= TICK_GAP_PX) ?? 120;
    const interval = step >= 12 ? utcYear.every(step / 12) : utcMonth.every(step);
    const start = step >= 12 ? utcYear.ceil(new Date(first)) : utcMonth.ceil(new Date(first));
    return (interval?.range(start, new Date(next)) ?? []).map((date) => ({ date, step }));
  });
}

const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const LONG_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Jan 2025" at a year's start, else "Feb"; "2025" for yearly ticks; "February 2025" in full. */
export function tickLabel(date: Date, step: number, full = false): string {
  if (full) return LONG_MONTH.format(date);
  if (step >= 12) return String(date.getUTCFullYear());
  const month = SHORT_MONTH.format(date);
  return date.getUTCMonth() === 0 || step >= 6 ? `${month} ${date.getUTCFullYear()}` : month;
}

/** A mark's accessible name and tooltip: the relation (or deal) and its dates. */
export function markName(index: GraphIndex, mark: TimelineMark): string {
  const when = mark.kind === 'relation' ? index.relations.get(mark.id)?.when : index.deals.get(mark.id)?.when;
  return when ? `${mark.label}, ${formatWhenInFull(when)}` : mark.label;
}
