import { useEffect, useState, type ComponentType } from 'react';

// Cytoscape is the heaviest dependency and the panels the largest part of our own code: each
// loads in a chunk of its own. The graph's starts at once (and index.html preloads it) so it
// arrives while the dataset is still loading; the panels' once the graph is on screen, so the
// first picture waits for neither its download nor its parsing. Not React.lazy: Suspense holds
// revealed content back by up to 300 ms, which is most of the first-paint budget.
const graphCanvasChunk = import('../cytoscape/GraphCanvas');
export type Panels = typeof import('./panels');
let panelsChunk: Promise<Panels> | null = null;
const loadPanels = () => (panelsChunk ??= import('./panels'));

export interface Chunks {
  Canvas: ComponentType<{ id: string; onDrawn: () => void }> | null;
  panels: Panels | null;
  failed: boolean;
}

/** The graph's code as it arrives, and the panels' once `wantPanels`; `failed` if either cannot be loaded. */
export function useChunks(wantPanels: boolean): Chunks {
  const [state, setState] = useState<Chunks>({ Canvas: null, panels: null, failed: false });
  useEffect(() => {
    let live = true;
    graphCanvasChunk.then(
      (m) => live && setState((s) => ({ ...s, Canvas: m.default })),
      () => live && setState((s) => ({ ...s, failed: true })),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!wantPanels) return;
    let live = true;
    loadPanels().then(
      (panels) => live && setState((s) => ({ ...s, panels })),
      () => live && setState((s) => ({ ...s, failed: true })),
    );
    return () => {
      live = false;
    };
  }, [wantPanels]);
  return state;
}
