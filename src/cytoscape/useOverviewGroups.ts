/**
 * Which groups of a large map's overview are open (see groupOverview.ts): those of the selection
 * and of the leverage path shown, those clicked, and those in view once the reader has zoomed
 * in far enough that they hold few actors. Null for a map drawn whole.
 */
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectChosenPath, selectIndex, selectSelected } from '../store/selectors';
import type { Overview, Projection } from './groupOverview';
import { isLive } from './isLive';

type Lib = typeof import('./groupOverview');

/** A map's overview with the code that follows it, loaded with it (see attachOverview). */
export interface OverviewState {
  overview: Overview;
  /** What the canvas says of how the map is drawn. */
  note: string;
  lib: Pick<Lib, 'watchOverview' | 'openKey' | 'drawnElements' | 'addGroupClasses'>;
}

const overviews = new WeakMap<Core, OverviewState>();
const projections = new WeakMap<Core, Projection>();

export function setOverview(cy: Core, state: OverviewState) {
  overviews.set(cy, state);
}

export const overviewOf = (cy: Core): OverviewState | null => overviews.get(cy) ?? null;

/** The projection drawn now, for the classes of the groups (see useViewClasses). */
export function setProjection(cy: Core, projection: Projection) {
  projections.set(cy, projection);
}

export const projectionOf = (cy: Core): Projection | null => projections.get(cy) ?? null;

export function useOverviewGroups(cy: Core | null): ReadonlySet<string> | null {
  const index = useAppStore(selectIndex);
  const selected = useAppStore(selectSelected);
  const path = useAppStore(selectChosenPath);
  // Bumped when a group is clicked or the groups in view change (see watchOverview).
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const state = cy ? overviewOf(cy) : null;
    if (!isLive(cy) || !state) return;
    return state.lib.watchOverview(cy, state.overview, () => setVersion((v) => v + 1));
  }, [cy]);
  const key = useMemo(() => {
    const state = cy ? overviewOf(cy) : null;
    return cy && state ? state.lib.openKey(cy, state.overview, index, selected, path) : null;
    // version: what was clicked or zoomed in on, held by the overview's code.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, index, selected, path, version]);
  // The same groups as before give the same set, so nothing downstream runs again.
  return useMemo(() => (key === null ? null : new Set(key ? key.split('\n') : [])), [key]);
}
