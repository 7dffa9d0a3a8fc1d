/**
 * Where the camera goes for a set of positions, and whether a dataset brings its own
 * positions. Pure: the canvas uses it before cytoscape has measured anything.
 */
import type { Dataset, Position } from '../../domain/schema';

/** The dataset's saved positions when every actor has one; otherwise null (lay out afresh). */
export function savedPositions(dataset: Dataset): Record<string, Position> | null {
  const positions = dataset.positions;
  if (!positions || !dataset.actors.every((a) => Object.hasOwn(positions, a.id))) return null;
  return positions;
}

/** The zoom at which points fit a w×h box with padding, as cytoscape's fit would give it. */
export function fitZoom(points: readonly Position[], width: number, height: number, padding: number): number {
  if (points.length === 0 || width <= 0 || height <= 0) return 1;
  const { x1, x2, y1, y2 } = extent(points);
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  return Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
}

export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 4;
/**
 * The closest a map opens (or is fitted): a map of a few actors would otherwise fill the
 * screen with giant nodes and labels run off the panel. At 1, nodes and labels have the size
 * they have on the Belarus map at reading distance.
 */
export const MAX_FIT_ZOOM = 1;

/**
 * How far out the map may be zoomed: far enough to see all of it at once, and a little
 * more, however large it is; never less far than MIN_ZOOM.
 */
export function minZoomFor(points: readonly Position[], width: number, height: number): number {
  return Math.min(MIN_ZOOM, fitZoom(points, width, height, 30) / 2);
}

/** Zoom and pan that centre points in a w×h box, like cytoscape's fit but without labels. */
export function fitViewport(
  points: readonly Position[],
  width: number,
  height: number,
  padding: number,
  minZoom = MIN_ZOOM,
) {
  const zoom = Math.min(MAX_FIT_ZOOM, Math.max(minZoom, fitZoom(points, width, height, padding)));
  if (points.length === 0) return { zoom, pan: { x: width / 2, y: height / 2 } };
  const { x1, x2, y1, y2 } = extent(points);
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } };
}

/** The bounding box of points (a loop, not Math.min(...xs): that overflows the stack on large maps). */
function extent(points: readonly Position[]) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  return { x1, x2, y1, y2 };
}
