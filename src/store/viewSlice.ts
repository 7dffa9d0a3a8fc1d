/**
 * What the user is looking at: the selection, filters, focus, the open source and panels.
 * All of it is plain data that round-trips through the URL (see urlState.ts).
 */
import type { StateCreator } from 'zustand';
import type { ActorType } from '../domain/actorTypes';
import { NO_FILTERS, type Filters } from '../domain/filters';
import type { ElementRef } from '../domain/graphIndex';
import type { RelationType } from '../domain/relationTypes';
import type { Stance } from '../domain/schema';
import type { AppState } from './appStore';
import type { Measure } from '../domain/leverage/measures';
import { NO_PATH_QUERY, type PathQuery } from './leverageSlice';

export type FocusHops = 0 | 1 | 2;
export type PanelName = 'sidebar' | 'details' | 'list';

export interface ReaderState {
  sourceId: string;
  /** Start offset of the quote to highlight and scroll to. */
  at?: number;
}

/** A story being presented; slide runs from 0 to the story's length (its sources slide). */
export interface PresentingState {
  storyId: string;
  slide: number;
}

/** The part of the state that the URL carries. */
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
};

export interface ViewSlice extends Omit<ViewState, 'paths' | 'pathsOpen' | 'sizeBy' | 'panels'> {
  /** Bumped when the graph should bring the selection into view (search, list, reader). */
  centreRequest: number;
  /** Bumped when focus should move to the Details heading (a search result was chosen). */
  detailsFocusRequest: number;
  panels: Record<PanelName, boolean>;
  /**
   * The selected actor's neighbours are arranged around it ("Arrange around"); selecting
   * anything else puts the map back.
   */
  arranged: boolean;
  helpOpen: boolean;
  storyChooserOpen: boolean;
  /** A story's printable handout, with a picture of each slide, while it is open. */
  handout: { storyId: string; images: string[] } | null;
  /**
   * `centre` brings it into view; `reveal` opens Details and moves focus to its heading, so
   * the keys that follow act on what was chosen, not on the search box.
   */
  select: (ref: ElementRef | null, options?: { centre?: boolean; reveal?: boolean }) => void;
  /** Asks the graph to bring the current selection into view. */
  requestCentre: () => void;
  toggleActorType: (type: ActorType) => void;
  toggleRelationTypes: (types: readonly RelationType[]) => void;
  toggleSource: (sourceId: string) => void;
  toggleStance: (stance: Stance) => void;
  setContestedOnly: (on: boolean) => void;
  resetFilters: () => void;
  setFocusHops: (hops: FocusHops) => void;
  setArranged: (on: boolean) => void;
  openReader: (reader: ReaderState) => void;
  closeReader: () => void;
  togglePanel: (panel: PanelName) => void;
  setHelpOpen: (open: boolean) => void;
  setStoryChooserOpen: (open: boolean) => void;
  /** Starts presenting a story at a slide (0 = first). */
  present: (storyId: string, slide?: number) => void;
  /** Moves to a slide; the caller clamps to the story's range. */
  goToSlide: (slide: number) => void;
  stopPresenting: () => void;
  openHandout: (storyId: string, images: string[]) => void;
  closeHandout: () => void;
  applyView: (view: ViewState) => void;
}

const sameRef = (a: ElementRef | null, b: ElementRef | null) => a?.kind === b?.kind && a?.id === b?.id;

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Widths up to this (CSS pixels) show the map alone, the panels as a sheet over it. */
export const NARROW_MAX_PX = 899;

/**
 * On a laptop screen the graph needs the height, so the list is one key (L) or click away;
 * on a phone the map opens alone and a panel is a tap away.
 */
export function initialPanels(): Record<PanelName, boolean> {
  if (typeof window === 'undefined') return { sidebar: true, details: true, list: true };
  const wide = window.innerWidth > NARROW_MAX_PX;
  return { sidebar: wide, details: wide, list: wide && window.innerHeight >= 900 };
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  selected: INITIAL_VIEW.selected,
  filters: INITIAL_VIEW.filters,
  focusHops: INITIAL_VIEW.focusHops,
  reader: INITIAL_VIEW.reader,
  presenting: INITIAL_VIEW.presenting,
  centreRequest: 0,
  detailsFocusRequest: 0,
  panels: initialPanels(),
  arranged: false,
  helpOpen: false,
  storyChooserOpen: false,
  handout: null,
  select: (ref, options) =>
    set((s) => ({
      selected: ref,
      centreRequest: options?.centre ? s.centreRequest + 1 : s.centreRequest,
      arranged: s.arranged && sameRef(ref, s.selected),
      ...(options?.reveal
        ? { detailsFocusRequest: s.detailsFocusRequest + 1, panels: { ...s.panels, details: true } }
        : {}),
    })),
  requestCentre: () => set((s) => ({ centreRequest: s.centreRequest + 1 })),
  toggleActorType: (type) =>
    set((s) => ({ filters: { ...s.filters, hiddenActorTypes: toggled(s.filters.hiddenActorTypes, type) } })),
  toggleRelationTypes: (types) =>
    set((s) => {
      // A group toggles as one: if any member is shown, hide them all; otherwise show them all.
      const hidden = new Set(s.filters.hiddenRelationTypes);
      const anyShown = types.some((t) => !hidden.has(t));
      for (const t of types) {
        if (anyShown) hidden.add(t);
        else hidden.delete(t);
      }
      return { filters: { ...s.filters, hiddenRelationTypes: [...hidden] } };
    }),
  toggleSource: (sourceId) =>
    set((s) => ({ filters: { ...s.filters, hiddenSources: toggled(s.filters.hiddenSources, sourceId) } })),
  toggleStance: (stance) =>
    set((s) => ({ filters: { ...s.filters, hiddenStances: toggled(s.filters.hiddenStances, stance) } })),
  setContestedOnly: (on) => set((s) => ({ filters: { ...s.filters, contestedOnly: on } })),
  resetFilters: () => set({ filters: NO_FILTERS, focusHops: 0 }),
  setFocusHops: (hops) => set({ focusHops: hops }),
  setArranged: (on) => set((s) => ({ arranged: on && s.selected?.kind === 'actor' })),
  openReader: (reader) => set({ reader }),
  closeReader: () => set({ reader: null }),
  togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
  setHelpOpen: (open) => set({ helpOpen: open }),
  setStoryChooserOpen: (open) => set({ storyChooserOpen: open }),
  present: (storyId, slide = 0) =>
    set({ presenting: { storyId, slide }, storyChooserOpen: false, reader: null, arranged: false }),
  goToSlide: (slide) => set((s) => (s.presenting ? { presenting: { ...s.presenting, slide } } : {})),
  stopPresenting: () => set({ presenting: null }),
  openHandout: (storyId, images) => set({ handout: { storyId, images } }),
  closeHandout: () => set({ handout: null }),
  applyView: ({ panels, ...view }) =>
    set((s) => ({
      ...view,
      ...(panels ? { panels } : {}),
      arranged: s.arranged && sameRef(view.selected, s.selected),
    })),
});
