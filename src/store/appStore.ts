import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = DataSlice & ViewSlice;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createViewSlice(...a),
  }));

/** The app's one store. Tests make their own with createAppStore() where they need isolation. */
export const useAppStore = createAppStore();
