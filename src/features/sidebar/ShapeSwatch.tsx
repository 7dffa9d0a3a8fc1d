import { nodeOutline, svgPoints } from '../../domain/swatchGeometry';

interface ShapeSwatchProps {
  /** A cytoscape node shape name, as in ACTOR_TYPES. */
  shape: string;
  color: string;
  size?: number;
}

/** An actor-type node as the graph draws it: its shape filled with its colour. */
export function ShapeSwatch({ shape, color, size = 16 }: ShapeSwatchProps) {
  const outline = nodeOutline(shape);
  const centre = size / 2;
  // Leave room for the outline, which light fills (events, places) need on a white panel.
  const radius = size / 2 - 1;
  const paint = { fill: color, stroke: 'rgb(0 0 0 / 0.4)', strokeWidth: 1 };
  return (
    <svg className="swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      {outline.kind === 'ellipse' && <circle cx={centre} cy={centre} r={radius} {...paint} />}
      {outline.kind === 'round-rectangle' && (
        <rect x={1} y={1} width={2 * radius} height={2 * radius} rx={radius / 2} {...paint} />
      )}
      {outline.kind === 'polygon' && (
        <polygon
          points={svgPoints(outline.points, ([x, y]) => [centre + x * radius, centre + y * radius])}
          strokeLinejoin="round"
          {...paint}
        />
      )}
    </svg>
  );
}
