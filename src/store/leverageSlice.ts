/**
 * The leverage views: the path question (from, to, options, the path chosen), what node
 * size stands for, and the metrics worked out for it. The question and the size are part of
 * the URL (see urlState.ts); the metrics are derived, kept here only because they arrive
 * from a worker (see features/leverage/MetricsController.tsx). Whether the paths panel is
 * open is the panels slice's.
 */
import type { StateCreator } from 'zustand';
import type { LeverKind } from '../domain/leverage/semantics';
import type { LeverageFlow, LeverageMetrics, Measure } from '../domain/leverage/measures';
import { DEFAULT_MAX_HOPS } from '../domain/leverage/paths';
import type { Stance } from '../domain/schema';
import type { AppState } from './appStore';

export interface PathQuery {
  from: string | null;
  to: string | null;
  /** The path shown on the graph, by its rank (0 = strongest); null when none is chosen. */
  chosen: number | null;
  maxHops: number;
  /** Kinds and stances left out of the search; none by default. */
  hiddenKinds: readonly LeverKind[];
  hiddenStances: readonly Stance[];
}

export const NO_PATH_QUERY: PathQuery = {
  from: null,
  to: null,
  chosen: null,
  maxHops: DEFAULT_MAX_HOPS,
  hiddenKinds: [],
  hiddenStances: [],
};

/** Ends to preset when the paths panel opens; an end left undefined stays as it was. */
export interface PathEnds {
  from?: string | null;
  to?: string | null;
}

/** A new question makes the old choice meaningless, so every change of it clears the choice. */
export function withPathEnds(query: PathQuery, ends: PathEnds): PathQuery {
  return {
    ...query,
    chosen: null,
    ...(ends.from !== undefined ? { from: ends.from } : {}),
    ...(ends.to !== undefined ? { to: ends.to } : {}),
  };
}

export type MetricsState =
  | { status: 'idle' }
  | { status: 'computing'; key: unknown }
  | { status: 'ready'; key: unknown; flow: LeverageFlow; metrics: LeverageMetrics }
  | { status: 'failed'; key: unknown; message: string };

export interface LeverageSlice {
  paths: PathQuery;
  sizeBy: Measure;
  /** The "Who holds leverage" table is open, so the metrics are needed. */
  leverageTableOpen: boolean;
  metrics: MetricsState;
  setPathEnd: (end: 'from' | 'to', actorId: string | null) => void;
  swapPathEnds: () => void;
  choosePath: (rank: number | null) => void;
  setPathOptions: (options: Partial<Pick<PathQuery, 'maxHops' | 'hiddenKinds' | 'hiddenStances'>>) => void;
  setSizeBy: (measure: Measure) => void;
  setLeverageTableOpen: (open: boolean) => void;
  setMetrics: (metrics: MetricsState) => void;
  /** Bumped by "Try again" after the measures failed: the controller works them out again. */
  metricsAttempt: number;
  retryMetrics: () => void;
}

export const createLeverageSlice: StateCreator<AppState, [], [], LeverageSlice> = (set) => ({
  paths: NO_PATH_QUERY,
  sizeBy: 'relations',
  leverageTableOpen: false,
  metrics: { status: 'idle' },
  // As in withPathEnds, every change of the question clears the choice.
  setPathEnd: (end, actorId) => set((s) => ({ paths: { ...s.paths, [end]: actorId, chosen: null } })),
  swapPathEnds: () =>
    set((s) => ({ paths: { ...s.paths, from: s.paths.to, to: s.paths.from, chosen: null } })),
  choosePath: (rank) => set((s) => ({ paths: { ...s.paths, chosen: rank } })),
  setPathOptions: (options) => set((s) => ({ paths: { ...s.paths, ...options, chosen: null } })),
  setSizeBy: (measure) => set({ sizeBy: measure }),
  setLeverageTableOpen: (open) => set({ leverageTableOpen: open }),
  setMetrics: (metrics) => set({ metrics }),
  metricsAttempt: 0,
  retryMetrics: () => set((s) => ({ metrics: { status: 'idle' }, metricsAttempt: s.metricsAttempt + 1 })),
});
