/**
 * Which classes each element should carry for the current view: hidden (filtered out),
 * faded (outside the focus), is-selected, incident (touching the selection), path-hop and
 * path-actor (the leverage path chosen) and backdrop (the rest, while something is selected
 * or a path is shown). Pure, so the rules are tested without a canvas.
 */
import type { Visibility } from '../domain/filters';
import type { ElementRef, GraphIndex } from '../domain/graphIndex';
import type { LeveragePath } from '../domain/leverage/paths';
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
}

/** How many visible relations each shown bundle stands for. */
export type BundleCounts = ReadonlyMap<string, number>;

export interface ViewClassOptions {
  backdrop?: boolean;
  path?: LeveragePath | null;
  /** Bundle parallel relations where nothing singles their pair out (a map not zoomed in). */
  bundle?: boolean;
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
  { backdrop: setBack = true, path = null, bundle = false }: ViewClassOptions = {},
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
  } else if (selected?.kind === 'relation') {
    const rel = index.relations.get(selected.id);
    if (rel) {
      selectedIds.add(rel.id);
      incident.add(rel.source);
      incident.add(rel.target);
    }
  } else if (selected?.kind === 'deal') {
    for (const id of index.deals.get(selected.id)?.relations ?? []) {
      const rel = index.relations.get(id);
      if (!rel) continue;
      selectedIds.add(id);
      incident.add(rel.source);
      incident.add(rel.target);
    }
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
  return {
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
  };
}
