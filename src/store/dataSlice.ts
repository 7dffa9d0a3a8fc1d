/**
 * The open map: its document (dataset and source texts) with the spans and warnings its
 * check gave, and the history of edits to it. The index is derived from the present
 * document (selectIndex), never stored beside it; there is one copy of the data.
 */
import type { StateCreator } from 'zustand';
import type { Edit } from '../domain/edits/edit';
import { record, redo, startHistory, undo, type History } from '../domain/edits/history';
import type { QuoteSpan } from '../domain/integrity';
import type { Issue } from '../domain/issues';
import type { Dataset } from '../domain/schema';
import { retryable } from '../app/retryable';
import type { LoadResult } from '../io/loadDataset';
import type { AppState } from './appStore';

/** A checked map: what every panel reads. */
export interface LoadedMap {
  dataset: Dataset;
  /** Source texts by source id (no prototype). */
  texts: Readonly<Record<string, string>>;
  /** Every verified quote's place in its source. */
  spans: readonly QuoteSpan[];
  warnings: readonly Issue[];
}

/** Where the open map came from: only a map of one's own is edited (the bundled one never). */
export type MapOrigin = { kind: 'bundled'; name: string } | { kind: 'file' } | { kind: 'local'; id: string };

export type DataState =
  | { status: 'loading'; file: string; progress?: string }
  | { status: 'empty' }
  | { status: 'invalid'; file: string; issues: Issue[] }
  | {
      status: 'ready';
      file: string;
      origin: MapOrigin;
      history: History<LoadedMap>;
      /** Counts maps opened: the graph is built anew when this changes, and only then. */
      opened: number;
    };

/**
 * Another file being opened while a map is open: the open map stays until the new one has
 * loaded cleanly, and stays too if it fails (its issues are shown over the map).
 */
export type Opening =
  | { status: 'loading'; file: string; progress?: string }
  | { status: 'failed'; file: string; issues: Issue[] };

export type EditOutcome = { ok: true } | { ok: false; message: string };

export interface DataSlice {
  data: DataState;
  opening: Opening | null;
  /** Actors dragged since the map was opened or its layout saved: leaving would lose them. */
  layoutUnsaved: boolean;
  /**
   * A file is being opened: returns its ticket. Opening files again, or any map opening,
   * makes the ticket stale (see isCurrentLoad).
   */
  startLoading: (file: string) => number;
  /** Whether nothing was opened, or started opening, since this ticket: the last choice wins. */
  isCurrentLoad: (ticket: number) => boolean;
  /** What the loader is doing now, for a big file ("checking quotes, 40%"). */
  loadingProgress: (progress: string) => void;
  finishLoading: (file: string, result: LoadResult, origin?: MapOrigin) => void;
  /** Opens a checked document (a new map, or one of My maps). */
  openMap: (file: string, map: LoadedMap, origin: MapOrigin) => void;
  /** The open map is now one's own (Edit map saved a copy): same document, new origin. */
  setOrigin: (origin: MapOrigin, file: string) => void;
  /**
   * Makes an edit to a map of one's own, if the result passes the checks a file would;
   * otherwise nothing changes and the outcome says why, as the validator would. Async only
   * because the checks' code is fetched the first time (it stays off the first picture's path).
   */
  edit: (edit: Edit) => Promise<EditOutcome>;
  undo: () => void;
  redo: () => void;
  /** Closes the issues of a file that failed to open, back to the open map. */
  keepCurrentMap: () => void;
  showEmpty: () => void;
  setLayoutUnsaved: (unsaved: boolean) => void;
}

let mapsOpened = 0;
/** Loads started and maps opened: a load's ticket is the count when it started. */
let loads = 0;

// The schema and integrity checks: a chunk of their own, fetched on the first edit.
const checks = retryable(() => import('../io/checkedEdit'));

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => {
  const ready = () => {
    const { data } = get();
    return data.status === 'ready' ? data : null;
  };
  const open = (file: string, map: LoadedMap, origin: MapOrigin) => {
    loads++;
    set({
      opening: null,
      layoutUnsaved: false,
      data: { status: 'ready', file, origin, history: startHistory(map), opened: ++mapsOpened },
    });
  };
  return {
    data: { status: 'loading', file: '' },
    opening: null,
    layoutUnsaved: false,
    startLoading: (file) => {
      set(
        get().data.status === 'ready'
          ? { opening: { status: 'loading', file } }
          : { data: { status: 'loading', file }, opening: null },
      );
      return ++loads;
    },
    isCurrentLoad: (ticket) => ticket === loads,
    loadingProgress: (progress) => {
      const { data, opening } = get();
      if (opening?.status === 'loading') set({ opening: { ...opening, progress } });
      else if (data.status === 'loading') set({ data: { ...data, progress } });
    },
    keepCurrentMap: () => set({ opening: null }),
    showEmpty: () => set({ data: { status: 'empty' }, opening: null }),
    setLayoutUnsaved: (layoutUnsaved) => set({ layoutUnsaved }),
    finishLoading: (file, result, origin = { kind: 'file' }) => {
      performance.mark('lm:data-ready');
      if (!result.ok) {
        if (get().data.status === 'ready')
          set({ opening: { status: 'failed', file, issues: result.issues } });
        else set({ data: { status: 'invalid', file, issues: result.issues }, opening: null });
        return;
      }
      const { dataset, texts, spans } = result;
      open(file, { dataset, texts, spans, warnings: result.issues }, origin);
    },
    openMap: open,
    setOrigin: (origin, file) => {
      const data = ready();
      if (data) set({ data: { ...data, origin, file } });
    },
    edit: async (edit) => {
      let checkedEdit: typeof import('../io/checkedEdit').checkedEdit;
      try {
        ({ checkedEdit } = await checks());
      } catch {
        return {
          ok: false,
          message: 'The checking code could not be loaded: check your connection and try again.',
        };
      }
      // Read after the wait, so edits made in quick succession apply one after the other.
      const data = ready();
      if (!data || data.origin.kind !== 'local')
        return {
          ok: false,
          message: 'This map is not yours to edit: press “Edit map” to make your own copy first.',
        };
      const before = data.history.present;
      const result = checkedEdit(data.file, { dataset: before.dataset, texts: before.texts }, edit);
      if (!result.ok) return result;
      const next: LoadedMap = { ...result.document, spans: result.spans, warnings: result.warnings };
      set({ data: { ...data, history: record(data.history, next, result.label) } });
      return { ok: true };
    },
    undo: () => {
      const data = ready();
      if (data?.history.past.length) set({ data: { ...data, history: undo(data.history) } });
    },
    redo: () => {
      const data = ready();
      if (data?.history.future.length) set({ data: { ...data, history: redo(data.history) } });
    },
  };
};
