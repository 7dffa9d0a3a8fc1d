/**
 * Keeps the canvas's elements in step with the open map as it is edited (or undone): the
 * elements are synced by id (syncElements.ts), never rebuilt, so the map keeps its shape.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { GraphIndex } from '../domain/graphIndex';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectLoaded } from '../store/selectors';
import { elementsFor } from './elementsFor';
import { renderModeOf } from './renderMode';
import { syncElements } from './syncElements';

/** The index each canvas shows now. */
const shown = new WeakMap<Core, GraphIndex>();

/** Records what a canvas was built from, so the first sync has nothing to do. */
export function markSynced(cy: Core, index: GraphIndex) {
  shown.set(cy, index);
}

export function useElementSync(cy: Core | null) {
  const index = useAppStore(selectIndex);
  const map = useAppStore(selectLoaded);
  useEffect(() => {
    // Another map opening destroys this canvas before React hands the hooks the new one.
    if (!cy || cy.destroyed() || !index || !map || shown.get(cy) === index) return;
    shown.set(cy, index);
    syncElements(cy, elementsFor(map.dataset, index, renderModeOf(cy)).elements);
  }, [cy, index, map]);
}
