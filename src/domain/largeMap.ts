/**
 * When a map counts as large: actors plus relations from this many, the canvas draws it as
 * an overview and every restyle redraws the whole of it, so views that change step by step
 * are drawn once they rest (see features/common/useSettled.ts).
 */
import type { GraphIndex } from './graphIndex';

export const LARGE_GRAPH_ELEMENTS = 1500;

/** Maps of this many actors or more open as an overview of their groups (see cytoscape/groupOverview.ts). */
export const OVERVIEW_FROM_ACTORS = 3000;

export const isLargeMap = (index: GraphIndex): boolean =>
  index.actors.size + index.relations.size >= LARGE_GRAPH_ELEMENTS;
