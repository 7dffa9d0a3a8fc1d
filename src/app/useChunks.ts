import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { retryable } from './retryable';

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
  const [Canvas, setCanvas] = useState<Chunks['Canvas']>(null);
  const [panels, setPanels] = useState<Panels | null>(null);
  const [failed, setFailed] = useState({ graph: false, panels: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadGraphCanvas().then(
      (m) => live && setCanvas(() => m.default),
      () => live && setFailed((f) => ({ ...f, graph: true })),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  useEffect(() => {
    if (!wantPanels) return;
    let live = true;
    loadPanels().then(
      (m) => live && setPanels(m),
      () => live && setFailed((f) => ({ ...f, panels: true })),
    );
    return () => {
      live = false;
    };
  }, [wantPanels, attempt]);
  const retry = useCallback(() => {
    setFailed({ graph: false, panels: false });
    setAttempt((n) => n + 1);
  }, []);
  return { Canvas, panels, failed, retry };
}
