/**
 * Which elements of a large graph are drawn in full: those in view, once the map is zoomed
 * in far enough for arrowheads and labels to be read, and only while there are few enough
 * of them to restyle at once. Pure, so the rule is tested without a canvas.
 */

/** From this zoom on, the elements in view get their arrowheads, curves and label backgrounds. */
export const DETAIL_FROM_ZOOM = 0.5;
/** More elements in view than this are left as an overview: restyling them would stall the map. */
export const MAX_DETAILED = 1500;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

/**
 * The ids to draw in full: the nodes inside the view (widened by a margin, so that a small
 * pan does not bring in bare elements) and the edges with an end among them. Empty below
 * DETAIL_FROM_ZOOM or when more than MAX_DETAILED elements would qualify.
 */
export function detailedIds(
  nodes: readonly PlacedNode[],
  edges: readonly EdgeEnds[],
  view: Box,
  zoom: number,
): Set<string> {
  const ids = new Set<string>();
  if (zoom < DETAIL_FROM_ZOOM) return ids;
  const marginX = (view.x2 - view.x1) * 0.25;
  const marginY = (view.y2 - view.y1) * 0.25;
  for (const node of nodes) {
    if (
      node.x >= view.x1 - marginX &&
      node.x <= view.x2 + marginX &&
      node.y >= view.y1 - marginY &&
      node.y <= view.y2 + marginY
    )
      ids.add(node.id);
  }
  if (ids.size > MAX_DETAILED) return new Set();
  const inView = new Set(ids);
  for (const edge of edges) {
    if (inView.has(edge.source) || inView.has(edge.target)) ids.add(edge.id);
    if (ids.size > MAX_DETAILED) return new Set();
  }
  return ids;
}
