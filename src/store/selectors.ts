/** Module-level selectors, so components subscribe to exactly what they read. */
import { computeVisibility, filtersActive, type Filters, type Visibility } from '../domain/filters';
import { leverageGraphOf } from '../domain/leverage/levers';
import { buildLeverageGraph, type LeverageGraph } from '../domain/leverage/leverageGraph';
import { findPaths, type LeveragePath, type PathResult } from '../domain/leverage/paths';
import { LEVER_KIND_IDS, type LeverKind } from '../domain/leverage/semantics';
import type { PartialDate, Stance } from '../domain/schema';
import { compareDates, type Comparison } from '../domain/time/compareDates';
import { STANCES } from '../domain/stances';
import { indexFor, type GraphIndex } from '../domain/graphIndex';
import { redoLabel, undoLabel } from '../domain/edits/history';
import { timeFilterActive } from '../domain/time/timeFilter';
import { timeIndexFor, type TimeIndex } from '../domain/time/timeIndex';
import type { LoadedMap } from './dataSlice';
import type { AppState } from './appStore';
import { oncePer } from '../domain/oncePer';

export const selectData = (s: AppState) => s.data;
export const selectOpening = (s: AppState) => s.opening;
export const selectLoadFailure = (s: AppState) => s.loadFailure;
export const selectLayoutUnsaved = (s: AppState) => s.layoutUnsaved;
export const selectLoaded = (s: AppState): LoadedMap | null =>
  s.data.status === 'ready' ? s.data.history.present : null;
// Derived from the present map, once per map: every step of the history has its own, kept
// as long as the step is (undo finds its index ready).
export const indexOf = oncePer((map: LoadedMap): GraphIndex => indexFor(map.dataset, map.spans));
export const selectIndex = (s: AppState): GraphIndex | null => {
  const map = selectLoaded(s);
  return map ? indexOf(map) : null;
};
/** When each relation of the open map held (see domain/time/timeIndex.ts), once per step. */
export const selectTimeIndex = (s: AppState): TimeIndex | null => {
  const index = selectIndex(s);
  return index ? timeIndexFor(index) : null;
};
/** What Undo and Redo would do, in words, or null. */
export const selectUndoLabel = (s: AppState) =>
  s.data.status === 'ready' ? undoLabel(s.data.history) : null;
export const selectRedoLabel = (s: AppState) =>
  s.data.status === 'ready' ? redoLabel(s.data.history) : null;
/** The open map's origin, when a map is open. */
export const selectOrigin = (s: AppState) => (s.data.status === 'ready' ? s.data.origin : null);
export const selectEditable = (s: AppState) => s.data.status === 'ready' && s.data.origin.kind === 'local';
/** Changes when another map is opened, not when the open one is edited. */
export const selectOpened = (s: AppState) => (s.data.status === 'ready' ? s.data.opened : 0);
export const selectSelected = (s: AppState) => s.selected;
export const selectFilters = (s: AppState) => s.filters;
export const selectFocusHops = (s: AppState) => s.focusHops;
export const selectReader = (s: AppState) => s.reader;
export const selectCentreRequest = (s: AppState) => s.centreRequest;
export const selectHelpOpen = (s: AppState) => s.helpOpen;
export const selectPresenting = (s: AppState) => s.presenting;
export const selectStoryChooserOpen = (s: AppState) => s.storyChooserOpen;
export const selectHandout = (s: AppState) => s.handout;

/** The actor to focus on: the selected actor, when focus is on. */
export const selectFocus = (s: AppState) =>
  s.focusHops > 0 && s.selected?.kind === 'actor' ? { actorId: s.selected.id, hops: s.focusHops } : null;

/**
 * A derivation that recomputes only when one of its inputs changes (by identity), so every
 * subscriber shares one result and zustand sees a stable value between changes.
 */
function memoLast<Inputs extends readonly unknown[], Result>(compute: (...inputs: Inputs) => Result) {
  let last: { inputs: Inputs; result: Result } | null = null;
  return (...inputs: Inputs): Result => {
    if (last && inputs.every((value, i) => value === last!.inputs[i])) return last.result;
    last = { inputs, result: compute(...inputs) };
    return last.result;
  };
}

const visibilityOf = memoLast(
  (
    index: GraphIndex,
    filters: Filters,
    focusActor: string | undefined,
    hops: number | undefined,
    time: TimeIndex | null,
  ) => computeVisibility(index, filters, focusActor && hops ? { actorId: focusActor, hops } : null, time),
);
export const selectVisibility = (s: AppState): Visibility | null => {
  const index = selectIndex(s);
  if (!index) return null;
  const focus = selectFocus(s);
  // The time index is worked out only once a date narrows the map.
  const time = timeFilterActive(s.filters.time) ? selectTimeIndex(s) : null;
  return visibilityOf(index, s.filters, focus?.actorId, focus?.hops, time);
};

export const selectCompare = (s: AppState) => s.compare;
export const selectTimelineGroup = (s: AppState) => s.timelineGroup;

const comparisonOf = memoLast((time: TimeIndex, a: PartialDate, b: PartialDate) => compareDates(time, a, b));
/** The two dates compared, worked out, or null when none are. */
export const selectComparison = (s: AppState): Comparison | null => {
  const time = s.compare ? selectTimeIndex(s) : null;
  return time && s.compare ? comparisonOf(time, s.compare.a, s.compare.b) : null;
};

const timeViewOf = memoLast((index: TimeIndex | null, narrowed: boolean, comparison: Comparison | null) =>
  index && (narrowed || comparison) ? { index, narrowed, comparison } : null,
);
/** What the map's time classes need: set while a date narrows the map or two are compared. */
export const selectTimeView = (s: AppState) => {
  const narrowed = timeFilterActive(s.filters.time);
  const comparison = selectComparison(s);
  return timeViewOf(narrowed || comparison ? selectTimeIndex(s) : null, narrowed, comparison);
};

export const selectPaths = (s: AppState) => s.paths;
export const selectSizeBy = (s: AppState) => s.sizeBy;
export const selectMetrics = (s: AppState) => s.metrics;
export const selectLeverageTableOpen = (s: AppState) => s.leverageTableOpen;

/**
 * The levers the path search may use: only relations the filters show, of the kinds and
 * stances kept. With nothing left out that is the map's own leverage graph, worked out once
 * per map (and ahead of time, see MetricsController) and shared with Details.
 */
const pathGraphOf = memoLast(
  (
    index: GraphIndex,
    filters: Filters,
    shown: ReadonlySet<string>,
    hiddenKinds: readonly LeverKind[],
    hiddenStances: readonly Stance[],
  ) =>
    !filtersActive(filters) && hiddenKinds.length === 0 && hiddenStances.length === 0
      ? leverageGraphOf(index)
      : buildLeverageGraph(index, {
          relations: shown,
          kinds: LEVER_KIND_IDS.filter((k) => !hiddenKinds.includes(k)),
          stances: STANCES.filter((st) => !hiddenStances.includes(st)),
        }),
);

export interface PathSearch {
  graph: LeverageGraph;
  from: string;
  to: string;
  maxHops: number;
  result: PathResult;
}

// The marks (read by the benchmark) span a whole query as asked: the levers, unless they are
// already worked out, and the search. A question asked again costs nothing and marks nothing.
const pathSearchOf = memoLast(
  (
    index: GraphIndex,
    filters: Filters,
    shown: ReadonlySet<string>,
    from: string | null,
    to: string | null,
    maxHops: number,
    hiddenKinds: readonly LeverKind[],
    hiddenStances: readonly Stance[],
  ): PathSearch | null => {
    if (!from || !to) return null;
    performance.mark('lm:paths-start');
    const graph = pathGraphOf(index, filters, shown, hiddenKinds, hiddenStances);
    const result = findPaths(graph, from, to, { maxHops });
    performance.mark('lm:paths-end');
    return { graph, from, to, maxHops, result };
  },
);

/** The paths for the question asked, when both ends are chosen. */
export const selectPathSearch = (s: AppState): PathSearch | null => {
  const index = selectIndex(s);
  const visibility = selectVisibility(s);
  if (!index || !visibility) return null;
  const { from, to, maxHops, hiddenKinds, hiddenStances } = s.paths;
  // The path chosen is not an input: choosing one must not search again.
  return pathSearchOf(index, s.filters, visibility.relations, from, to, maxHops, hiddenKinds, hiddenStances);
};

/** The path shown on the graph, if one is chosen and still exists. */
export const selectChosenPath = (s: AppState): LeveragePath | null => {
  if (s.paths.chosen === null) return null;
  return selectPathSearch(s)?.result.paths[s.paths.chosen] ?? null;
};
export const selectEditor = (s: AppState) => s.editor;
/** The save state in words, for the map bar. */
export const selectSaveStatus = (s: AppState): string => {
  switch (s.save.kind) {
    case 'saved':
      return `Your map · saved in this browser at ${new Date(s.save.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
    case 'saving':
      return 'Your map · saving…';
    case 'failed':
      return `Not saved: ${s.save.message}`;
    case 'unsaved':
      return 'Your map · not saved yet';
  }
};
