/**
 * The outlines cytoscape draws for node shapes and arrowheads, as plain points, so the
 * legend can draw the very same shapes in SVG. The numbers follow cytoscape's own
 * renderer (registerNodeShapes, defineArrowShape) so a legend swatch and a node on the
 * canvas cannot look different.
 */

export type Point = readonly [number, number];

/** How a node shape is drawn in the unit square [-1, 1] × [-1, 1]. */
export type NodeOutline =
  { kind: 'ellipse' } | { kind: 'round-rectangle' } | { kind: 'polygon'; points: readonly Point[] };

function ngon(sides: number, rotation: number): Point[] {
  const increment = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => {
    const angle = start + i * increment;
    return [Math.cos(angle), Math.sin(-angle)] as const;
  });
}

/** Stretches a polygon to fill the unit square, then pushes it down if it pokes out of the top. */
function fitToSquare(points: readonly Point[]): Point[] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = points.map(([x, y]) => [x * sx, y * sy] as const);
  const minY = Math.min(...scaled.map(([, y]) => y));
  return minY < -1 ? scaled.map(([x, y]) => [x, y + (-1 - minY)] as const) : scaled;
}

function star(): Point[] {
  const outer = ngon(5, 0);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const inner = ngon(5, Math.PI / 5).map(([x, y]) => [x * innerRadius, y * innerRadius] as const);
  return fitToSquare(outer.flatMap((point, i) => [point, inner[i] ?? point]));
}

function pairs(flat: readonly number[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  return out;
}

const POLYGONS: Record<string, () => Point[]> = {
  triangle: () => fitToSquare(ngon(3, 0)),
  rectangle: () => fitToSquare(ngon(4, 0)),
  square: () => fitToSquare(ngon(4, 0)),
  diamond: () => pairs([0, 1, 1, 0, 0, -1, -1, 0]),
  pentagon: () => fitToSquare(ngon(5, 0)),
  hexagon: () => fitToSquare(ngon(6, 0)),
  heptagon: () => fitToSquare(ngon(7, 0)),
  octagon: () => fitToSquare(ngon(8, 0)),
  star,
  vee: () => pairs([-1, -1, 0, -0.333, 1, -1, 0, 1]),
  rhomboid: () => pairs([-1, -1, 0.333, -1, 1, 1, -0.333, 1]),
  'right-rhomboid': () => pairs([-0.333, -1, 1, -1, 0.333, 1, -1, 1]),
};

/** The outline of a cytoscape node shape; shapes the legend does not know fall back to an ellipse. */
export function nodeOutline(shape: string): NodeOutline {
  if (shape === 'round-rectangle' || shape === 'roundrectangle') return { kind: 'round-rectangle' };
  // Other rounded polygons are drawn with sharp corners: at swatch size the rounding is invisible.
  const make = POLYGONS[shape.replace(/^round-/, '')];
  return make ? { kind: 'polygon', points: make() } : { kind: 'ellipse' };
}

/**
 * An arrowhead in cytoscape's arrow space: the tip at (0, 0), the body running back along
 * negative y, about 0.3 deep and 0.3 wide.
 */
export type ArrowOutline =
  { kind: 'polygon'; points: readonly Point[] } | { kind: 'circle'; radius: number; centre: Point };

const ARROWS: Record<string, ArrowOutline> = {
  triangle: { kind: 'polygon', points: pairs([-0.15, -0.3, 0, 0, 0.15, -0.3]) },
  vee: { kind: 'polygon', points: pairs([-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15]) },
  tee: { kind: 'polygon', points: pairs([-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0]) },
  square: { kind: 'polygon', points: pairs([-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3]) },
  diamond: { kind: 'polygon', points: pairs([-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0]) },
  chevron: {
    kind: 'polygon',
    points: pairs([0, 0, -0.15, -0.15, -0.1, -0.2, 0, -0.1, 0.1, -0.2, 0.15, -0.15]),
  },
  // Cytoscape centres the circle on the line's end point.
  circle: { kind: 'circle', radius: 0.15, centre: [0, 0] },
};

export function arrowOutline(shape: string): ArrowOutline {
  return ARROWS[shape] ?? ARROWS.triangle!;
}

/** SVG `points` text for a polygon, mapped through `place`. */
export function svgPoints(points: readonly Point[], place: (p: Point) => Point): string {
  return points
    .map((p) => place(p))
    .map(([x, y]) => `${round(x)},${round(y)}`)
    .join(' ');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
