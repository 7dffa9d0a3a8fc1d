import { useCallback, type ComponentType } from 'react';
import { retryable } from './retryable';
import { useLazyModule } from './useLazyModule';

// Cytoscape is the heaviest dependency and the panels the largest part of our own code: each
// loads in a chunk of its own. The graph's starts at once (and index.html preloads it) so it
// arrives while the dataset is still loading; the panels' once the graph is on screen, so the
// first picture waits for neither its download nor its parsing. Not React.lazy: Suspense holds
// revealed content back by up to 300 ms, which is most of the first-paint budget. A chunk that
// fails is fetched again on "Try again" (retryable keeps no rejection).
const loadGraphCanvas = retryable(() => import('../cytoscape/GraphCanvas'));
loadGraphCanvas().catch(() => undefined);
export type Panels = typeof import('./panels');
const loadPanels = retryable(() => import('./panels'));

export interface Chunks {
  Canvas: ComponentType<{ id: string; onDrawn: () => void }> | null;
  panels: Panels | null;
  /** Which chunks could not be fetched. */
  failed: { graph: boolean; panels: boolean };
  /** Fetches the failed chunks again. */
  retry: () => void;
}

/** The graph's code as it arrives, and the panels' once `wantPanels`; which failed, and a retry. */
export function useChunks(wantPanels: boolean): Chunks {
  const graph = useLazyModule(loadGraphCanvas, true);
  const panels = useLazyModule(loadPanels, wantPanels);
  const { retry: retryGraph } = graph;
  const { retry: retryPanels } = panels;
  const retry = useCallback(() => {
    retryGraph();
    retryPanels();
  }, [retryGraph, retryPanels]);
  return {
    Canvas: graph.module?.default ?? null,
    panels: panels.module,
    failed: { graph: graph.failed, panels: panels.failed },
    retry,
  };
}
