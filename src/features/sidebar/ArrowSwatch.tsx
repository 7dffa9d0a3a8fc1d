import { arrowOutline, svgPoints } from '../../domain/swatchGeometry';
import type { ArrowShape } from '../../domain/relationTypes';

interface ArrowSwatchProps {
  arrow: ArrowShape;
  color: string;
  width?: number;
  height?: number;
}

/**
 * A short edge ending in the relation type's arrowhead, in its category colour. In the
 * legend the head is 14 px across, so that types told apart by their heads can be; inline
 * (the list, search) it is scaled to the swatch's height.
 */
export function ArrowSwatch({ arrow, color, width = 40, height = 18 }: ArrowSwatchProps) {
  const outline = arrowOutline(arrow);
  // Cytoscape's arrow space is about 0.3 units across: 48 makes a head 14 px across at the
  // legend's 18 px height.
  const scale = (48 * height) / 18;
  const mid = height / 2;
  const tipX = width - 1 - (outline.kind === 'circle' ? outline.radius * scale : 0);
  // Arrow space points along +y with the tip at the origin; turn it to point right.
  const place = ([x, y]: readonly [number, number]) => [tipX + y * scale, mid + x * scale] as const;
  return (
    <svg
      className="swatch"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <line x1={1} y1={mid} x2={tipX - 2} y2={mid} stroke={color} strokeWidth={2} />
      {outline.kind === 'polygon' ? (
        <polygon points={svgPoints(outline.points, place)} fill={color} />
      ) : (
        <circle cx={tipX} cy={mid} r={outline.radius * scale} fill={color} />
      )}
    </svg>
  );
}
