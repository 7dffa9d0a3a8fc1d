/** Presenting a story: which story and slide, the chooser that starts it and its handout. */
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** A story being presented; slide runs from 0 to the story's length (its sources slide). */
export interface PresentingState {
  storyId: string;
  slide: number;
}

export interface PresentationSlice {
  presenting: PresentingState | null;
  storyChooserOpen: boolean;
  /** A story's printable handout, with a picture of each slide, while it is open. */
  handout: { storyId: string; images: string[] } | null;
  setStoryChooserOpen: (open: boolean) => void;
  /** Starts presenting a story at a slide (0 = first). */
  present: (storyId: string, slide?: number) => void;
  /** Moves to a slide; the caller clamps to the story's range. */
  goToSlide: (slide: number) => void;
  stopPresenting: () => void;
  openHandout: (storyId: string, images: string[]) => void;
  closeHandout: () => void;
}

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  presenting: null,
  storyChooserOpen: false,
  handout: null,
  setStoryChooserOpen: (open) => set({ storyChooserOpen: open }),
  // The slides own the screen: the reader and an arrangement from before would not match them.
  present: (storyId, slide = 0) =>
    set({ presenting: { storyId, slide }, storyChooserOpen: false, reader: null, arranged: false }),
  goToSlide: (slide) => set((s) => (s.presenting ? { presenting: { ...s.presenting, slide } } : {})),
  stopPresenting: () => set({ presenting: null }),
  openHandout: (storyId, images) => set({ handout: { storyId, images } }),
  closeHandout: () => set({ handout: null }),
});
