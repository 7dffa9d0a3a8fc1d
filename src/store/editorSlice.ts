/**
 * Which authoring form is open, and what it starts from: one at a time, since each is a
 * modal dialog. The forms themselves make their change through the data slice's `edit`.
 */
import type { StateCreator } from 'zustand';
import type { Evidence } from '../domain/schema';
import type { AppState } from './appStore';

export type EditorForm =
  | { form: 'new-map' }
  | { form: 'source'; sourceId?: string }
  /** A new relation from a quote, or an existing relation to edit. */
  | { form: 'relation'; evidence?: Evidence; relationId?: string }
  /** A quote to attach to a relation or deal already on the map. */
  | { form: 'evidence'; evidence: Evidence }
  | { form: 'actor'; actorId: string }
  | { form: 'delete'; kind: 'actor' | 'relation' | 'deal'; id: string }
  | { form: 'deal'; relationIds?: string[]; dealId?: string }
  | { form: 'figures'; relationId: string }
  | { form: 'contest'; relationId: string }
  | { form: 'slide'; storyId?: string; index?: number }
  | { form: 'story'; storyId: string }
  | { form: 'my-maps' }
  /** What the checks warn about in the open map. */
  | { form: 'warnings' };

/** Where the open map of one's own stands with the browser's storage. */
export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'unsaved' };

export interface EditorSlice {
  editor: EditorForm | null;
  save: SaveState;
  setSave: (save: SaveState) => void;
  openEditor: (form: EditorForm) => void;
  closeEditor: () => void;
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set) => ({
  editor: null,
  save: { kind: 'unsaved' },
  setSave: (save) => set({ save }),
  openEditor: (editor) => set({ editor }),
  closeEditor: () => set({ editor: null }),
});
