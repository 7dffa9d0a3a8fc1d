/**
 * Time: whether the timeline is open, how it groups its marks, and the two dates being
 * compared. The as-of date, the brushed period and the undated choice narrow the map, so
 * they live with the filters (filters.time); the rules are in domain/time/.
 */
import type { StateCreator } from 'zustand';
import { withTime } from '../domain/filters';
import type { PartialDate } from '../domain/schema';
import type { LaneGrouping } from '../domain/time/lanes';
import type { TimeFilter } from '../domain/time/timeFilter';
import type { AppState } from './appStore';

export interface CompareDates {
  a: PartialDate;
  b: PartialDate;
}

export interface TimeSlice {
  timelineOpen: boolean;
  timelineGroup: LaneGrouping;
  compare: CompareDates | null;
  setTimelineOpen: (open: boolean) => void;
  setTimelineGroup: (group: LaneGrouping) => void;
  setCompare: (compare: CompareDates | null) => void;
  /** Changes the as-of date, the period or the undated choice. */
  setTime: (change: Partial<TimeFilter>) => void;
}

export const createTimeSlice: StateCreator<AppState, [], [], TimeSlice> = (set) => ({
  timelineOpen: false,
  timelineGroup: 'category',
  compare: null,
  setTimelineOpen: (open) => set({ timelineOpen: open }),
  setTimelineGroup: (group) => set({ timelineGroup: group }),
  // Comparing reads the map at two dates, so it takes the place of an as-of date or a period,
  // and they of it; hiding the undated applies to both.
  setCompare: (compare) =>
    set((s) => ({
      compare,
      filters: compare ? withTime(s.filters, { asOf: null, period: null }) : s.filters,
    })),
  setTime: (change) =>
    set((s) => ({
      filters: withTime(s.filters, change),
      compare: change.asOf || change.period ? null : s.compare,
    })),
});
