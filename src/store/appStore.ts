import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createLeverageSlice, type LeverageSlice } from './leverageSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createPanelsSlice, type PanelsSlice } from './panelsSlice';
import { createPresentationSlice, type PresentationSlice } from './presentationSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createTimeSlice, type TimeSlice } from './timeSlice';
import { createViewStateSlice, type ViewStateSlice } from './viewState';

// One concern per slice. A few actions write another slice's state in the same update, where
// the two must change together (revealing a selection opens Details; presenting closes the
// reader); applyView writes every part of the view that the URL carries.
export type AppState = DataSlice &
  SelectionSlice &
  FiltersSlice &
  PresentationSlice &
  PanelsSlice &
  ViewStateSlice &
  LeverageSlice &
  NoticeSlice &
  EditorSlice &
  TimeSlice;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createSelectionSlice(...a),
    ...createFiltersSlice(...a),
    ...createPresentationSlice(...a),
    ...createPanelsSlice(...a),
    ...createViewStateSlice(...a),
    ...createLeverageSlice(...a),
    ...createNoticeSlice(...a),
    ...createEditorSlice(...a),
    ...createTimeSlice(...a),
  }));

/** The app's one store. Tests make their own with createAppStore() where they need isolation. */
export const useAppStore = createAppStore();
