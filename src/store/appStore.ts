import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createLeverageSlice, type LeverageSlice } from './leverageSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = DataSlice & ViewSlice & LeverageSlice;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createViewSlice(...a),
    ...createLeverageSlice(...a),
  }));

/** The app's one store. Tests make their own with createAppStore() where they need isolation. */
export const useAppStore = createAppStore();
