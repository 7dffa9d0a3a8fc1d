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
import { fitVisible } from './camera';

/** Actors up to which a map being made is kept whole in view as actors are added. */
const SMALL_MAP = 15;

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
    const added = syncElements(cy, elementsFor(map.dataset, index, renderModeOf(cy)).elements);
    if (added.length === 0) return;
    // A new actor out of sight is brought into view; a map still being begun is kept whole
    // in view as it grows. Otherwise the camera stays where the reader left it.
    const { x1, x2, y1, y2 } = cy.extent();
    const outOfSight = added.some((id) => {
      const { x, y } = cy.getElementById(id).position();
      return x < x1 || x > x2 || y < y1 || y > y2;
    });
    if (outOfSight || cy.nodes().length <= SMALL_MAP) fitVisible(cy, 60);
  }, [cy, index, map]);
}
