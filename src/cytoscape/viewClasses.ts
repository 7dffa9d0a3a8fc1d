/**
 * Which classes each element should carry for the current view: hidden (filtered out),
 * faded (outside the focus), is-selected, incident (touching the selection), path-hop and
 * path-actor (the leverage path chosen), backdrop (the rest, while something is selected
 * or a path is shown), and the time classes (undated while a date narrows the map; added,
 * ended, came-and-went and unchanged while two dates are compared). Pure, so the rules are tested without a canvas.
 */
import type { Visibility } from '../domain/filters';
import { relationsOfSelection, type ElementRef, type GraphIndex } from '../domain/graphIndex';
import type { LeveragePath } from '../domain/leverage/paths';
import type { Change, Comparison } from '../domain/time/compareDates';
import type { TimeIndex } from '../domain/time/timeIndex';
import { bundleView } from './bundles';

export interface ViewClasses {
  hidden: Set<string>;
  faded: Set<string>;
  selected: Set<string>;
  incident: Set<string>;
  /** The chosen leverage path: the relation of each step, and the actors along it. */
  pathHop: Set<string>;
  pathActor: Set<string>;
  /** With a selection and no focus: everything else, set back a little. */
  backdrop: Set<string>;
  /** With a path shown and no focus: everything off the path, set back further. */
  pathBackdrop: Set<string>;
  /** Relations drawn inside a bundle, and the bundles shown (see bundles.ts). */
  bundled: Set<string>;
  bundle: Set<string>;
  /** While a date narrows the map: the relations shown without a date, drawn apart. */
  undated: Set<string>;
  /** Two dates compared: what began, ended, came and went, or held on both; the rest recedes. */
  timeAdded: Set<string>;
  timeEnded: Set<string>;
  timePassed: Set<string>;
  timeUnchanged: Set<string>;
  timeOther: Set<string>;
}

/** How many visible relations each shown bundle stands for. */
export type BundleCounts = ReadonlyMap<string, number>;

export interface ViewClassOptions {
  backdrop?: boolean;
  path?: LeveragePath | null;
  /** Bundle parallel relations where nothing singles their pair out (a map not zoomed in). */
  bundle?: boolean;
  /** When relations held, while a date narrows the map or two dates are compared. */
  time?: { index: TimeIndex; narrowed: boolean; comparison: Comparison | null } | null;
}

/**
 * `backdrop: false` leaves the rest of the map as it is while something is selected: on a
 * large map that would restyle thousands of elements (a second or more) on every first
 * selection, and the camera moving to the selection shows it well enough there.
 */
export function viewClasses(
  index: GraphIndex,
  visibility: Visibility,
  selected: ElementRef | null,
  { backdrop: setBack = true, path = null, bundle = false, time = null }: ViewClassOptions = {},
): ViewClasses & { bundleCounts: BundleCounts } {
  const hidden = new Set<string>();
  const faded = new Set<string>();
  for (const id of index.actors.keys()) {
    if (!visibility.actors.has(id)) hidden.add(id);
    else if (visibility.focus && !visibility.focus.actors.has(id)) faded.add(id);
  }
  for (const id of index.relations.keys()) {
    if (!visibility.relations.has(id)) hidden.add(id);
    else if (visibility.focus && !visibility.focus.relations.has(id)) faded.add(id);
  }
  const selectedIds = new Set<string>();
  const incident = new Set<string>();
  if (selected?.kind === 'actor') {
    selectedIds.add(selected.id);
    for (const rel of [
      ...(index.outgoing.get(selected.id) ?? []),
      ...(index.incoming.get(selected.id) ?? []),
    ]) {
      incident.add(rel.id);
      incident.add(rel.source === selected.id ? rel.target : rel.source);
    }
  }
  for (const rel of relationsOfSelection(index, selected)) {
    selectedIds.add(rel.id);
    incident.add(rel.source);
    incident.add(rel.target);
  }
  const pathHop = new Set(path?.hops.map((hop) => hop.lever.relation.id));
  const pathActor = new Set(path?.actors);
  const backdrop = new Set<string>();
  const pathBackdrop = new Set<string>();
  if (setBack && (selectedIds.size > 0 || pathHop.size > 0) && !visibility.focus) {
    // A path is read step by step, so the rest of the map recedes further than for a selection.
    const rest = pathHop.size > 0 ? pathBackdrop : backdrop;
    const standsOut = (id: string) =>
      selectedIds.has(id) || incident.has(id) || pathHop.has(id) || pathActor.has(id);
    for (const id of [...index.actors.keys(), ...index.relations.keys()]) {
      if (!standsOut(id) && !hidden.has(id)) rest.add(id);
    }
  }
  const visible = new Set([...index.relations.keys()].filter((id) => !hidden.has(id)));
  const singledOut = (id: string) => selectedIds.has(id) || pathHop.has(id);
  const bundles = bundleView(
    index,
    visible,
    (b) => selectedIds.has(b.a) || selectedIds.has(b.b) || b.relations.some(singledOut),
    !bundle,
  );
  for (const id of bundles.bundled) {
    backdrop.delete(id);
    pathBackdrop.delete(id);
  }
  const timeClasses = timeClassesOf(visible, time);
  return {
    ...timeClasses,
    hidden,
    faded,
    selected: selectedIds,
    incident,
    pathHop,
    pathActor,
    backdrop,
    pathBackdrop,
    bundled: bundles.bundled,
    bundle: new Set(bundles.shown.keys()),
    bundleCounts: bundles.shown,
  };
}

const CHANGE_CLASS: Record<Change, 'timeAdded' | 'timeEnded' | 'timePassed' | 'timeUnchanged'> = {
  added: 'timeAdded',
  ended: 'timeEnded',
  passed: 'timePassed',
  unchanged: 'timeUnchanged',
};

type TimeClasses = Pick<
  ViewClasses,
  'undated' | 'timeAdded' | 'timeEnded' | 'timePassed' | 'timeUnchanged' | 'timeOther'
>;

function timeClassesOf(visible: ReadonlySet<string>, time: ViewClassOptions['time']): TimeClasses {
  const classes: TimeClasses = {
    undated: new Set(),
    timeAdded: new Set(),
    timeEnded: new Set(),
    timePassed: new Set(),
    timeUnchanged: new Set(),
    timeOther: new Set(),
  };
  if (!time) return classes;
  for (const id of visible) {
    const change = time.comparison?.changes.get(id);
    if (change) classes[CHANGE_CLASS[change]].add(id);
    else if (time.comparison) classes.timeOther.add(id);
    else if (time.narrowed && time.index.relations.get(id)?.dated === null) classes.undated.add(id);
  }
  return classes;
}

export function noViewClasses(): ViewClasses {
  return {
    hidden: new Set(),
    faded: new Set(),
    selected: new Set(),
    incident: new Set(),
    pathHop: new Set(),
    pathActor: new Set(),
    backdrop: new Set(),
    pathBackdrop: new Set(),
    bundled: new Set(),
    bundle: new Set(),
    ...timeClassesOf(new Set(), null),
  };
}
