/**
 * Bundles: relations that join the same two actors drawn, at the opening zoom, as one line
 * with their count, so the map reads as who is tied to whom before it is read as what each
 * tie is. A bundle opens into its relations when the map is zoomed in far enough to read
 * them, or when either actor, one of its relations or a path through it is selected. Pure:
 * the canvas draws a bundle as an edge of its own (see bundleElements) and the view decides
 * which are shown (see viewClasses).
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../domain/relationTypes';
import type { Relation } from '../domain/schema';
import { pairKey } from './edgeOffsets';
import { oncePer } from '../domain/oncePer';

export const BUNDLE_PREFIX = 'bundle:';

export interface Bundle {
  id: string;
  /** The pair's actors, the lesser id first. */
  a: string;
  b: string;
  relations: readonly string[];
}

/** Every pair of actors joined by two or more relations, in the order of their first relation (once per index). */
export const bundlesOf = oncePer(findBundles);

function findBundles(index: GraphIndex): Bundle[] {
  const pairs = new Map<string, Relation[]>();
  for (const rel of index.relations.values()) {
    if (rel.source === rel.target) continue;
    const key = pairKey(rel.source, rel.target);
    const members = pairs.get(key);
    if (members) members.push(rel);
    else pairs.set(key, [rel]);
  }
  const bundles = [...pairs.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const first = members[0]!;
      const [a, b] =
        first.source < first.target ? [first.source, first.target] : [first.target, first.source];
      return { id: `${BUNDLE_PREFIX}${a}|${b}`, a, b, relations: members.map((r) => r.id) };
    });
  return bundles;
}

export function isBundleId(id: string): boolean {
  return id.startsWith(BUNDLE_PREFIX);
}

/** A neutral grey for a bundle whose relations are of several kinds. */
const MIXED_COLOR = '#5b6470';

/**
 * One edge per bundle, hidden until the view shows it. It takes its relations' colour if
 * they share a category, and points the way they point: an arrowhead at each end when they
 * run both ways.
 */
export function bundleElements(index: GraphIndex): ElementDefinition[] {
  return bundlesOf(index).map((bundle) => {
    const members = bundle.relations.map((id) => index.relations.get(id)!);
    const categories = new Set(members.map((r) => RELATION_TYPES[r.type].category));
    const forward = members.some((r) => r.source === bundle.a);
    const backward = members.some((r) => r.source === bundle.b);
    const [category] = categories;
    return {
      group: 'edges',
      data: {
        id: bundle.id,
        source: forward ? bundle.a : bundle.b,
        target: forward ? bundle.b : bundle.a,
        bundle: 1,
        count: members.length,
        label: String(members.length),
        short: String(members.length),
        color: categories.size === 1 && category ? RELATION_CATEGORIES[category].color : MIXED_COLOR,
        sourceArrow: forward && backward ? 'triangle' : 'none',
        // What the relations' own rules read, so that they apply to a bundle without warnings.
        arrow: 'triangle',
        line: 'solid',
        lineStyle: 'solid',
        curve: 'straight',
        offset: 0,
      },
      classes: 'bundle',
      selectable: false,
    };
  });
}

export interface BundleView {
  /** Relations drawn inside a bundle, so not on their own. */
  bundled: Set<string>;
  /** Bundles shown, with how many of their relations are visible. */
  shown: Map<string, number>;
}

/**
 * Which bundles are shown: those with two or more visible relations, unless the map is
 * zoomed in (`open`) or the pair is singled out (`opened`: either actor or one of the
 * relations is selected, or a path step runs through it).
 */
export function bundleView(
  index: GraphIndex,
  visible: ReadonlySet<string>,
  opened: (bundle: Bundle) => boolean,
  open: boolean,
): BundleView {
  const bundled = new Set<string>();
  const shown = new Map<string, number>();
  if (open) return { bundled, shown };
  for (const bundle of bundlesOf(index)) {
    const members = bundle.relations.filter((id) => visible.has(id));
    if (members.length < 2 || opened(bundle)) continue;
    shown.set(bundle.id, members.length);
    for (const id of members) bundled.add(id);
  }
  return { bundled, shown };
}
