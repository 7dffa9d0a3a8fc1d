/**
 * Which groups of a large map's overview are open (see groupOverview.ts): those of the selection
 * and of the leverage path shown, those clicked, and those in view once the reader has zoomed
 * in far enough that they hold few actors. Null for a map drawn whole.
 */
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import type { ElementRef, GraphIndex } from '../domain/graphIndex';
import type { LeveragePath } from '../domain/leverage/paths';
import { useAppStore } from '../store/appStore';
import { selectChosenPath, selectIndex, selectSelected } from '../store/selectors';
import { groupsInView, groupsToOpen, type Overview, type Projection } from './groupOverview';

/** Actors in view up to which zooming in opens the groups there. */
export const OPEN_IN_VIEW_BUDGET = 1500;

/** How long the view must rest before the groups in it are opened or closed. */
const VIEW_SETTLE_MS = 300;

/** The event a click on a group sends (see useGraphEvents). */
export const OPEN_GROUP_EVENT = 'lm-open-group';

const overviews = new WeakMap<Core, Overview>();
const projections = new WeakMap<Core, Projection>();

export function setOverview(cy: Core, overview: Overview) {
  overviews.set(cy, overview);
}

export const overviewOf = (cy: Core): Overview | null => overviews.get(cy) ?? null;

/** The projection drawn now, for the classes of the groups (see useViewClasses). */
export function setProjection(cy: Core, projection: Projection) {
  projections.set(cy, projection);
}

export const projectionOf = (cy: Core): Projection | null => projections.get(cy) ?? null;

/** The actors the view is about: the selection (an actor, a relation's or a deal's ends) and the path's. */
export function actorsInFocus(
  index: GraphIndex | null,
  selected: ElementRef | null,
  path: LeveragePath | null,
): string[] {
  const actors = [...(path?.actors ?? [])];
  if (!index || !selected) return actors;
  if (selected.kind === 'actor') actors.push(selected.id);
  const relations =
    selected.kind === 'relation'
      ? [selected.id]
      : selected.kind === 'deal'
        ? (index.deals.get(selected.id)?.relations ?? [])
        : [];
  for (const id of relations) {
    const rel = index.relations.get(id);
    if (rel) actors.push(rel.source, rel.target);
  }
  return actors;
}

const NONE: ReadonlySet<string> = new Set();

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

export function useOverviewGroups(cy: Core | null): ReadonlySet<string> | null {
  const index = useAppStore(selectIndex);
  const selected = useAppStore(selectSelected);
  const path = useAppStore(selectChosenPath);
  // Kept with the instance they were opened on: another map starts with none.
  const [clicked, setClicked] = useState<{ cy: Core | null; groups: ReadonlySet<string> }>({
    cy: null,
    groups: NONE,
  });
  const [inView, setInView] = useState<{ cy: Core | null; groups: ReadonlySet<string> }>({
    cy: null,
    groups: NONE,
  });
  useEffect(() => {
    const overview = cy ? overviewOf(cy) : null;
    if (!cy || !overview) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onOpen = (_event: unknown, id: string) =>
      setClicked((now) => ({ cy, groups: new Set([...(now.cy === cy ? now.groups : []), id]) }));
    const read = () => {
      const groups = groupsInView(overview, cy.extent(), OPEN_IN_VIEW_BUDGET);
      setInView((now) => (now.cy === cy && sameSet(now.groups, groups) ? now : { cy, groups }));
    };
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(read, VIEW_SETTLE_MS);
    };
    cy.on(OPEN_GROUP_EVENT, onOpen);
    cy.on('viewport', onViewport);
    return () => {
      cy.off(OPEN_GROUP_EVENT, onOpen);
      cy.off('viewport', onViewport);
      clearTimeout(timer);
    };
  }, [cy]);
  // The same groups as before give the same set, so nothing downstream runs again.
  const key = useMemo(() => {
    const overview = cy ? overviewOf(cy) : null;
    if (!cy || !overview) return null;
    const besides = [
      ...(clicked.cy === cy ? clicked.groups : []),
      ...(inView.cy === cy ? inView.groups : []),
    ];
    return [...groupsToOpen(overview, actorsInFocus(index, selected, path), besides)].sort().join('\n');
  }, [cy, index, selected, path, clicked, inView]);
  return useMemo(() => (key === null ? null : new Set(key ? key.split('\n') : [])), [key]);
}
