import { useEffect, useState, type ComponentType } from 'react';

// Cytoscape is the heaviest dependency and the panels the largest part of our own code: each
// loads in a chunk of its own, started at once (and preloaded by index.html) so both arrive
// while the dataset is still loading. Not React.lazy: Suspense holds revealed content back
// by up to 300 ms, which is most of the first-paint budget.
const graphCanvasChunk = import('../cytoscape/GraphCanvas');
export type Panels = typeof import('./panels');
const panelsChunk: Promise<Panels> = import('./panels');

export interface Chunks {
  Canvas: ComponentType<{ onDrawn: () => void }> | null;
  panels: Panels | null;
  failed: boolean;
}

/** The graph's and the panels' code, as each arrives; `failed` if either cannot be loaded. */
export function useChunks(): Chunks {
  const [state, setState] = useState<Chunks>({ Canvas: null, panels: null, failed: false });
  useEffect(() => {
    let live = true;
    const fail = () => live && setState((s) => ({ ...s, failed: true }));
    graphCanvasChunk.then((m) => live && setState((s) => ({ ...s, Canvas: m.default })), fail);
    panelsChunk.then((panels) => live && setState((s) => ({ ...s, panels })), fail);
    return () => {
      live = false;
    };
  }, []);
  return state;
}
