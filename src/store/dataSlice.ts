import type { StateCreator } from 'zustand';
import { buildIndex, type GraphIndex } from '../domain/graphIndex';
import type { Issue } from '../domain/issues';
import type { LoadedDataset, LoadResult } from '../io/loadDataset';
import type { AppState } from './appStore';

export type DataState =
  | { status: 'loading'; file: string; progress?: string }
  | { status: 'empty' }
  | { status: 'invalid'; file: string; issues: Issue[] }
  | { status: 'ready'; file: string; loaded: LoadedDataset; index: GraphIndex; warnings: Issue[] };

/**
 * Another file being opened while a map is open: the open map stays until the new one has
 * loaded cleanly, and stays too if it fails (its issues are shown over the map).
 */
export type Opening =
  | { status: 'loading'; file: string; progress?: string }
  | { status: 'failed'; file: string; issues: Issue[] };

export interface DataSlice {
  data: DataState;
  opening: Opening | null;
  /** Actors dragged since the map was opened or its layout saved: leaving would lose them. */
  layoutUnsaved: boolean;
  startLoading: (file: string) => void;
  /** What the loader is doing now, for a big file ("checking quotes, 40%"). */
  loadingProgress: (progress: string) => void;
  finishLoading: (file: string, result: LoadResult) => void;
  /** Closes the issues of a file that failed to open, back to the open map. */
  keepCurrentMap: () => void;
  showEmpty: () => void;
  setLayoutUnsaved: (unsaved: boolean) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  data: { status: 'loading', file: '' },
  opening: null,
  layoutUnsaved: false,
  startLoading: (file) =>
    set(
      get().data.status === 'ready'
        ? { opening: { status: 'loading', file } }
        : { data: { status: 'loading', file }, opening: null },
    ),
  loadingProgress: (progress) => {
    const { data, opening } = get();
    if (opening?.status === 'loading') set({ opening: { ...opening, progress } });
    else if (data.status === 'loading') set({ data: { ...data, progress } });
  },
  keepCurrentMap: () => set({ opening: null }),
  showEmpty: () => set({ data: { status: 'empty' }, opening: null }),
  setLayoutUnsaved: (layoutUnsaved) => set({ layoutUnsaved }),
  finishLoading: (file, result) => {
    performance.mark('lm:data-ready');
    if (!result.ok) {
      if (get().data.status === 'ready') set({ opening: { status: 'failed', file, issues: result.issues } });
      else set({ data: { status: 'invalid', file, issues: result.issues }, opening: null });
      return;
    }
    const { dataset, raw, texts, spans } = result;
    set({
      opening: null,
      layoutUnsaved: false,
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
