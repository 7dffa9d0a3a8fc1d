import type { StateCreator } from 'zustand';
import { buildIndex, type GraphIndex } from '../domain/graphIndex';
import type { Issue } from '../domain/issues';
import type { LoadedDataset, LoadResult } from '../io/loadDataset';
import type { AppState } from './appStore';

export type DataState =
  | { status: 'loading'; file: string }
  | { status: 'empty' }
  | { status: 'invalid'; file: string; issues: Issue[] }
  | { status: 'ready'; file: string; loaded: LoadedDataset; index: GraphIndex; warnings: Issue[] };

export interface DataSlice {
  data: DataState;
  startLoading: (file: string) => void;
  finishLoading: (file: string, result: LoadResult) => void;
  showEmpty: () => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  data: { status: 'loading', file: '' },
  startLoading: (file) => set({ data: { status: 'loading', file } }),
  showEmpty: () => set({ data: { status: 'empty' } }),
  finishLoading: (file, result) => {
    performance.mark('lm:data-ready');
    if (!result.ok) {
      set({ data: { status: 'invalid', file, issues: result.issues } });
      return;
    }
    const { dataset, raw, texts, spans } = result;
    set({
      data: {
        status: 'ready',
        file,
        loaded: { dataset, raw, texts, spans },
        index: buildIndex(dataset, spans),
        warnings: result.issues,
      },
    });
  },
});
