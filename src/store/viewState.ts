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
    set((s) => ({
      ...view,
      ...(panels ? { panels } : {}),
      arranged: arrangedAfterSelecting(s, view.selected),
    })),
});
