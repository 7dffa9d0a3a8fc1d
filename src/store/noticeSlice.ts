import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** A part of the app whose code could not be fetched, and how to try again. */
export interface LoadFailure {
  /** What the user asked for, as they would name it ("Arrange around", "the SVG export"). */
  what: string;
  retry: () => void;
}

export interface NoticeSlice {
  loadFailure: LoadFailure | null;
  /** Something the user should know that needs no action: "your last map could not be reopened". */
  notice: string | null;
  notify: (notice: string | null) => void;
  reportLoadFailure: (failure: LoadFailure) => void;
  clearLoadFailure: () => void;
}

export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  loadFailure: null,
  notice: null,
  notify: (notice) => set({ notice }),
  reportLoadFailure: (loadFailure) => set({ loadFailure }),
  clearLoadFailure: () => set({ loadFailure: null }),
});
