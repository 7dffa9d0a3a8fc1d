/**
 * "Arrange around": an actor's neighbours set out on a ring around it, grouped by the kind
 * of relation that ties them to it, so each of its relations can be read without zooming.
 * Pure, so the geometry is tested without a canvas.
 */
import type { Position } from '../../domain/schema';

export interface RingNeighbour {
  id: string;
  /** Neighbours of one group sit next to each other (the relation's category). */
  group: string;
  label: string;
}

/** Room along the ring for one neighbour and its label, at zoom 1. */
export const RING_SPACING = 150;
/** The smallest ring: a few neighbours still sit clear of the centre's label. */
export const RING_MIN_RADIUS = 230;
/** Beyond this many neighbours every other one sits on an outer ring, so labels alternate. */
const ONE_RING_MAX = 14;
/** How far the outer ring sits beyond the inner one. */
const RING_STEP = 120;

/** The place of each neighbour: the groups in the order given, within a group by label. */
export function ringAround(
  centre: Position,
  neighbours: readonly RingNeighbour[],
  groupOrder: readonly string[] = [],
): Map<string, Position> {
  const rank = (group: string) => {
    const at = groupOrder.indexOf(group);
    return at === -1 ? groupOrder.length : at;
  };
  const ordered = [...neighbours].sort(
    (a, b) =>
      rank(a.group) - rank(b.group) ||
      a.group.localeCompare(b.group) ||
      a.label.localeCompare(b.label) ||
      (a.id < b.id ? -1 : 1),
  );
  const n = ordered.length;
  const twoRings = n > ONE_RING_MAX;
  // Neighbours along the inner ring: all of them, or every other one.
  const alongInner = twoRings ? Math.ceil(n / 2) : n;
  const inner = Math.max(RING_MIN_RADIUS, (alongInner * RING_SPACING) / (2 * Math.PI));
  const places = new Map<string, Position>();
  ordered.forEach((neighbour, i) => {
    // From the top, clockwise, as a clock is read.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const radius = twoRings && i % 2 === 1 ? inner + RING_STEP : inner;
    places.set(neighbour.id, {
      x: centre.x + radius * Math.cos(angle),
      y: centre.y + radius * Math.sin(angle),
    });
  });
  return places;
}
