/**
 * What the map lets through: the filters and the focus around the selected actor. The rules
 * are pure functions in domain/filters.ts; these actions only store their results.
 */
import type { StateCreator } from 'zustand';
import type { ActorType } from '../domain/actorTypes';
import {
  NO_FILTERS,
  withActorTypeToggled,
  withContestedOnly,
  withRelationTypesToggled,
  withSourceToggled,
  withStanceToggled,
  withUnquotedHidden,
  type Filters,
} from '../domain/filters';
import type { RelationType } from '../domain/relationTypes';
import type { Stance } from '../domain/schema';
import type { AppState } from './appStore';

/** How many steps around the selected actor stay lit; the rest is dimmed (0: no focus). */
export type FocusHops = 0 | 1 | 2;

export interface FiltersSlice {
  filters: Filters;
  // Focus lives with the filters: both narrow what is shown, and "reset" clears both.
  focusHops: FocusHops;
  toggleActorType: (type: ActorType) => void;
  toggleRelationTypes: (types: readonly RelationType[]) => void;
  toggleSource: (sourceId: string) => void;
  toggleStance: (stance: Stance) => void;
  setContestedOnly: (on: boolean) => void;
  setUnquotedHidden: (hide: boolean) => void;
  resetFilters: () => void;
  setFocusHops: (hops: FocusHops) => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  focusHops: 0,
  toggleActorType: (type) => set((s) => ({ filters: withActorTypeToggled(s.filters, type) })),
  toggleRelationTypes: (types) => set((s) => ({ filters: withRelationTypesToggled(s.filters, types) })),
  toggleSource: (sourceId) => set((s) => ({ filters: withSourceToggled(s.filters, sourceId) })),
  toggleStance: (stance) => set((s) => ({ filters: withStanceToggled(s.filters, stance) })),
  setContestedOnly: (on) => set((s) => ({ filters: withContestedOnly(s.filters, on) })),
  setUnquotedHidden: (hide) => set((s) => ({ filters: withUnquotedHidden(s.filters, hide) })),
  resetFilters: () => set({ filters: NO_FILTERS, focusHops: 0 }),
  setFocusHops: (hops) => set({ focusHops: hops }),
});
