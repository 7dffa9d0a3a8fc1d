/**
 * Which panels are open: the three with a place of their own (legend, details, list), the
 * leverage paths and the source reader that take the left column over, and the help dialog.
 * What each panel is, where it sits and how its button and key toggle it is in
 * app/panelRegistry.ts.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';
import { withPathEnds, type PathEnds } from './leverageSlice';

export type PanelName = 'sidebar' | 'details' | 'list';

export interface ReaderState {
  sourceId: string;
  /** Start offset of the quote to highlight and scroll to. */
  at?: number;
}

export interface PanelsSlice {
  panels: Record<PanelName, boolean>;
  reader: ReaderState | null;
  pathsOpen: boolean;
  helpOpen: boolean;
  togglePanel: (panel: PanelName) => void;
  openReader: (reader: ReaderState) => void;
  closeReader: () => void;
  /** Opens or closes the paths panel; opening it may preset one end or both. */
  setPathsOpen: (open: boolean, ends?: PathEnds) => void;
  setHelpOpen: (open: boolean) => void;
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

export const createPanelsSlice: StateCreator<AppState, [], [], PanelsSlice> = (set) => ({
  panels: initialPanels(),
  reader: null,
  pathsOpen: false,
  helpOpen: false,
  togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
  openReader: (reader) => set({ reader }),
  closeReader: () => set({ reader: null }),
  setPathsOpen: (open, ends) =>
    set((s) => ({ pathsOpen: open, paths: ends ? withPathEnds(s.paths, ends) : s.paths })),
  setHelpOpen: (open) => set({ helpOpen: open }),
});
