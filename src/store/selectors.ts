/** Module-level selectors, so components subscribe to exactly what they read. */
import { computeVisibility, type Visibility } from '../domain/filters';
import type { GraphIndex } from '../domain/graphIndex';
import type { AppState } from './appStore';

export const selectData = (s: AppState) => s.data;
export const selectIndex = (s: AppState): GraphIndex | null =>
  s.data.status === 'ready' ? s.data.index : null;
export const selectLoaded = (s: AppState) => (s.data.status === 'ready' ? s.data.loaded : null);
export const selectSelected = (s: AppState) => s.selected;
export const selectFilters = (s: AppState) => s.filters;
export const selectFocusHops = (s: AppState) => s.focusHops;
export const selectReader = (s: AppState) => s.reader;
export const selectPanels = (s: AppState) => s.panels;
export const selectCentreRequest = (s: AppState) => s.centreRequest;
export const selectHelpOpen = (s: AppState) => s.helpOpen;
export const selectPresenting = (s: AppState) => s.presenting;
export const selectStoryChooserOpen = (s: AppState) => s.storyChooserOpen;
export const selectHandout = (s: AppState) => s.handout;

/** The actor to focus on: the selected actor, when focus is on. */
export const selectFocus = (s: AppState) =>
  s.focusHops > 0 && s.selected?.kind === 'actor' ? { actorId: s.selected.id, hops: s.focusHops } : null;

// Visibility is derived, not stored; memoised on its inputs so every subscriber shares one result.
let lastInputs: unknown[] = [];
let lastVisibility: Visibility | null = null;
export const selectVisibility = (s: AppState): Visibility | null => {
  const index = selectIndex(s);
  if (!index) return null;
  const focus = selectFocus(s);
  const inputs = [index, s.filters, focus?.actorId, focus?.hops];
  if (lastVisibility && inputs.every((value, i) => value === lastInputs[i])) return lastVisibility;
  lastInputs = inputs;
  lastVisibility = computeVisibility(index, s.filters, focus);
  return lastVisibility;
};
