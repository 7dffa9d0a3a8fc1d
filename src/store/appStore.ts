import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createLeverageSlice, type LeverageSlice } from './leverageSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = DataSlice & ViewSlice & LeverageSlice & NoticeSlice & EditorSlice;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createViewSlice(...a),
    ...createLeverageSlice(...a),
    ...createNoticeSlice(...a),
    ...createEditorSlice(...a),
  }));

/** The app's one store. Tests make their own with createAppStore() where they need isolation. */
export const useAppStore = createAppStore();
