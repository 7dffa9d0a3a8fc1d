/**
 * The part of the state that the URL carries (see urlState.ts), gathered from the slices that
 * hold it: read as one value by viewOf, written as one by applyView, so a link or a step back
 * restores the whole view in one update. INITIAL_VIEW is what the slices start with (a test
 * keeps the two in agreement).
 */
import type { StateCreator } from 'zustand';
import { NO_FILTERS, type Filters } from '../domain/filters';
import type { ElementRef } from '../domain/graphIndex';
import type { Measure } from '../domain/leverage/measures';
import type { AppState } from './appStore';
import type { FocusHops } from './filtersSlice';
import { NO_PATH_QUERY, type PathQuery } from './leverageSlice';
import type { PanelName, ReaderState } from './panelsSlice';
import type { PresentingState } from './presentationSlice';
import { arrangedAfterSelecting } from './selectionSlice';
import type { CompareDates } from './timeSlice';

export interface ViewState {
  selected: ElementRef | null;
  filters: Filters;
  focusHops: FocusHops;
  reader: ReaderState | null;
  presenting: PresentingState | null;
  /** The leverage question and what node size stands for (see leverageSlice.ts). */
  paths: PathQuery;
  pathsOpen: boolean;
  sizeBy: Measure;
  /** Which panels are open; null in a URL that does not say (the window's defaults stay). */
  panels: Record<PanelName, boolean> | null;
  timelineOpen: boolean;
  compare: CompareDates | null;
}

export const INITIAL_VIEW: ViewState = {
  selected: null,
  filters: NO_FILTERS,
  focusHops: 0,
  reader: null,
  presenting: null,
  paths: NO_PATH_QUERY,
  pathsOpen: false,
  sizeBy: 'relations',
  panels: null,
  timelineOpen: false,
  compare: null,
};

export const viewOf = (s: AppState): ViewState => ({
  selected: s.selected,
  filters: s.filters,
  focusHops: s.focusHops,
  reader: s.reader,
  presenting: s.presenting,
  paths: s.paths,
  pathsOpen: s.pathsOpen,
  sizeBy: s.sizeBy,
  panels: s.panels,
  timelineOpen: s.timelineOpen,
  compare: s.compare,
});

export interface ViewStateSlice {
  applyView: (view: ViewState) => void;
}

export const createViewStateSlice: StateCreator<AppState, [], [], ViewStateSlice> = (set) => ({
  applyView: ({ panels, ...view }) =>
    set((s) => {
      const next = { ...view, ...(panels ? { panels } : {}) };
      for (const key of Object.keys(next) as (keyof typeof next)[])
        (next as Record<string, unknown>)[key] = kept(s[key], next[key]);
      return { ...next, arranged: arrangedAfterSelecting(s, view.selected) };
    }),
});

/**
 * `next`, or `held` where the two are equal in value. A view read from the URL is all new
 * objects, and a part that has not changed must keep its identity, or all that depends on it
 * runs again: a step back that only changed the selection refitted the camera to the whole
 * map (the filters looked new) and worked out again what is visible (50 ms each on 20,000
 * actors).
 */
function kept<T>(held: T, next: T): T {
  return sameValue(held, next) ? held : next;
}

/** Equal in value, for the plain data a view holds (objects, arrays, strings, numbers…). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
