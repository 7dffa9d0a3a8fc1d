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
import { overviewOf } from './useOverviewGroups';
import { isLive } from './isLive';

/** Actors up to which a map being made is kept whole in view as actors are added. */
const SMALL_MAP = 15;

/** The index each canvas shows now. */
const shown = new WeakMap<Core, GraphIndex>();

/** The groups open on each large map's overview now (see useOverviewGroups). */
const shownOpen = new WeakMap<Core, ReadonlySet<string> | null>();

/** Records what a canvas was built from, so the first sync has nothing to do. */
export function markSynced(cy: Core, index: GraphIndex, open: ReadonlySet<string> | null = null) {
  shown.set(cy, index);
  shownOpen.set(cy, open);
}

/**
 * `open`: on a map drawn as an overview, the groups drawn as their actors; when they change,
 * those of the groups opened are drawn where they stand and those closed make way for their
 * group, and the camera stays.
 */
export function useElementSync(cy: Core | null, open: ReadonlySet<string> | null = null) {
  const index = useAppStore(selectIndex);
  const map = useAppStore(selectLoaded);
  useEffect(() => {
    // Another map opening destroys this canvas before React hands the hooks the new one.
    if (!isLive(cy) || !index || !map) return;
    const sameGroups = sameOpen(shownOpen.get(cy) ?? null, open);
    shownOpen.set(cy, open);
    if (shown.get(cy) === index && sameGroups) return;
    const edited = shown.get(cy) !== index;
    shown.set(cy, index);
    const { elements } = elementsFor(map.dataset, index, renderModeOf(cy));
    const state = open && overviewOf(cy);
    const added = syncElements(cy, state ? state.lib.drawnElements(cy, elements, open) : elements);
    if (added.length === 0 || !edited) return;
    // A new actor out of sight is brought into view; a map still being begun is kept whole
    // in view as it grows. Otherwise the camera stays where the reader left it.
    const { x1, x2, y1, y2 } = cy.extent();
    const outOfSight = added.some((id) => {
      const { x, y } = cy.getElementById(id).position();
      return x < x1 || x > x2 || y < y1 || y > y2;
    });
    if (outOfSight || cy.nodes().length <= SMALL_MAP) fitVisible(cy, 60);
  }, [cy, index, map, open]);
}

/**
 * The same groups open: the overview's first drawing and the hook that follows it each make
 * their own set, and re-projecting 20,000 actors for nothing held the page for 0.1 s.
 */
function sameOpen(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
