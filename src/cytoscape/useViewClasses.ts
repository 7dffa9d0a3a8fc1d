import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphIndex } from '../domain/graphIndex';
import { useAppStore } from '../store/appStore';
import {
  selectChosenPath,
  selectIndex,
  selectSelected,
  selectTimeView,
  selectVisibility,
} from '../store/selectors';
import { edgeLabelsShown } from './labelFonts';
import { noViewClasses, viewClasses, type BundleCounts, type ViewClasses } from './viewClasses';
import { hasFewRelations, renderModeOf } from './renderMode';
import { useSettled } from '../features/common/useSettled';
import { overviewOf } from './useOverviewGroups';
import { ZOOM_SETTLE_MS } from './useZoomLabels';
import { isLive } from './isLive';

/** How long a large map's view must rest before it is drawn. */
const LARGE_MAP_SETTLE_MS = 250;

const CLASS_OF: Record<keyof ViewClasses, string> = {
  hidden: 'hidden',
  faded: 'faded',
  selected: 'is-selected',
  incident: 'incident',
  pathHop: 'path-hop',
  pathActor: 'path-actor',
  backdrop: 'backdrop',
  pathBackdrop: 'path-backdrop',
  bundled: 'bundled',
  bundle: 'bundle-shown',
  undated: 'undated',
  timeAdded: 'time-added',
  timeEnded: 'time-ended',
  timePassed: 'time-passed',
  timeUnchanged: 'time-unchanged',
  timeOther: 'time-other',
};

/**
 * Whether the map is zoomed in far enough to read each relation (then bundles open): true
 * from the zoom at which relation labels are drawn. Follows the zoom once it has settled.
 */
function useZoomedIn(cy: Core | null): boolean {
  const [zoomedIn, setZoomedIn] = useState(false);
  useEffect(() => {
    if (!isLive(cy)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => setZoomedIn(edgeLabelsShown(cy.zoom(), hasFewRelations(cy)));
    const onZoom = () => {
      clearTimeout(timer);
      timer = setTimeout(read, ZOOM_SETTLE_MS);
    };
    read();
    cy.on('zoom', onZoom);
    return () => {
      cy.off('zoom', onZoom);
      clearTimeout(timer);
    };
  }, [cy]);
  return zoomedIn;
}

/**
 * Puts the view (filters, focus, selection, the leverage path) on the canvas as classes, in one batch, touching
 * only the elements whose classes change: every class change costs a restyle of the element.
 */
export function useViewClasses(cy: Core | null, open: ReadonlySet<string> | null = null) {
  const index = useAppStore(selectIndex);
  const liveVisibility = useAppStore(selectVisibility);
  const selected = useAppStore(selectSelected);
  const path = useAppStore(selectChosenPath);
  const liveTime = useAppStore(selectTimeView);
  // A story decides what is on screen while it is presented; filters and focus step aside.
  const presenting = useAppStore((s) => s.presenting !== null);
  const zoomedIn = useZoomedIn(cy);
  // A large map draws the filtered view once it rests (see useSettled): the time filter and
  // the classes it brings change together, so they settle as one.
  const large = cy !== null && renderModeOf(cy) !== 'standard';
  const live = useMemo(() => ({ visibility: liveVisibility, time: liveTime }), [liveVisibility, liveTime]);
  const { visibility, time } = useSettled(live, LARGE_MAP_SETTLE_MS, large);
  const previous = useRef<ViewClasses | null>(null);
  const previousIndex = useRef<GraphIndex | null>(null);
  const previousOpen = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!isLive(cy) || !index || !visibility) return;
    const standard = renderModeOf(cy) === 'standard';
    let counts: BundleCounts = new Map();
    let next: ViewClasses = noViewClasses();
    if (!presenting) {
      // Large maps have no bundles: opening and closing them would restyle thousands of lines.
      const { bundleCounts, ...classes } = viewClasses(index, visibility, selected, {
        backdrop: standard,
        path,
        bundle: standard && !zoomedIn,
        time,
      });
      next = classes;
      counts = bundleCounts;
      // An overview's groups and the lines between them follow what they stand for.
      if (open) overviewOf(cy)?.lib.addGroupClasses(cy, next);
    }
    const before = previous.current;
    // After an edit, or groups opened or closed, elements may have been added back without
    // their classes: check each. (A graph drawn anew starts from nothing: see below.)
    const edited =
      (previousIndex.current !== null && previousIndex.current !== index) || previousOpen.current !== open;
    previous.current = next;
    previousIndex.current = index;
    previousOpen.current = open;
    cy.batch(() => {
      for (const key of Object.keys(CLASS_OF) as (keyof ViewClasses)[]) {
        const was = before?.[key] ?? new Set<string>();
        const now = next[key];
        const name = CLASS_OF[key];
        for (const id of was) if (!now.has(id)) cy.getElementById(id).removeClass(name);
        for (const id of now) {
          if (was.has(id) && !edited) continue;
          const element = cy.getElementById(id);
          if (!element.hasClass(name)) element.addClass(name);
        }
      }
      // A bundle counts the relations it stands for that are not filtered out.
      for (const [id, count] of counts) {
        const edge = cy.getElementById(id);
        if (edge.data('label') !== String(count)) edge.data('label', String(count));
      }
      // A part-of link follows its two actors: hidden or faded if either is. Only real changes
      // are made: cytoscape restyles (and redraws the whole map for) every class it is handed.
      cy.edges('.part-of').forEach((edge) => {
        const ends = [edge.source(), edge.target()];
        const hidden = ends.some((n) => n.hasClass('hidden'));
        const faded = !hidden && ends.some((n) => n.hasClass('faded'));
        if (edge.hasClass('hidden') !== hidden) edge.toggleClass('hidden', hidden);
        if (edge.hasClass('faded') !== faded) edge.toggleClass('faded', faded);
      });
    });
  }, [cy, index, visibility, selected, path, presenting, zoomedIn, time, open]);
  useEffect(
    () => () => {
      previous.current = null;
      previousIndex.current = null;
      previousOpen.current = null;
    },
    [cy],
  );
}
