/**
 * What is selected, and the requests that follow a selection: bring it into view, move focus
 * to its details, arrange its neighbours around it.
 */
import type { StateCreator } from 'zustand';
import type { ElementRef } from '../domain/graphIndex';
import type { AppState } from './appStore';

export interface SelectionSlice {
  selected: ElementRef | null;
  /** Bumped when the graph should bring the selection into view (search, list, reader). */
  centreRequest: number;
  /** Bumped when focus should move to the Details heading (a search result was chosen). */
  detailsFocusRequest: number;
  /**
   * The selected actor's neighbours are arranged around it ("Arrange around"); selecting
   * anything else puts the map back.
   */
  arranged: boolean;
  /**
   * `centre` brings it into view; `reveal` opens Details and moves focus to its heading, so
   * the keys that follow act on what was chosen, not on the search box.
   */
  select: (ref: ElementRef | null, options?: { centre?: boolean; reveal?: boolean }) => void;
  /** Asks the graph to bring the current selection into view. */
  requestCentre: () => void;
  setArranged: (on: boolean) => void;
}

const sameRef = (a: ElementRef | null, b: ElementRef | null) => a?.kind === b?.kind && a?.id === b?.id;

/** The arrangement is of the selected actor: it lasts only while that actor stays selected. */
export const arrangedAfterSelecting = (
  s: Pick<SelectionSlice, 'arranged' | 'selected'>,
  ref: ElementRef | null,
) => s.arranged && sameRef(ref, s.selected);

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  centreRequest: 0,
  detailsFocusRequest: 0,
  arranged: false,
  select: (ref, options) =>
    set((s) => ({
      selected: ref,
      centreRequest: options?.centre ? s.centreRequest + 1 : s.centreRequest,
      arranged: arrangedAfterSelecting(s, ref),
      // Revealing opens the Details panel in the same update, so focus has a heading to go to.
      ...(options?.reveal
        ? { detailsFocusRequest: s.detailsFocusRequest + 1, panels: { ...s.panels, details: true } }
        : {}),
    })),
  requestCentre: () => set((s) => ({ centreRequest: s.centreRequest + 1 })),
  setArranged: (on) => set((s) => ({ arranged: on && s.selected?.kind === 'actor' })),
});
