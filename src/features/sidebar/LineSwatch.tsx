import { CONTESTED_COLOR, LINE_DASH, type StanceLine } from '../../domain/stances';

interface LineSwatchProps {
  line: StanceLine;
  color?: string;
  /** Draw the yellow halo the graph puts around contested relations. */
  contested?: boolean;
  width?: number;
}

/** The graph's dashes; a dotted line's dots drawn round (near-zero dashes with round caps). */
const dash = (line: StanceLine) => (line === 'dotted' ? '0.1 4' : LINE_DASH[line].join(' ') || undefined);

/** A line in one stance style, optionally with the contested halo. */
export function LineSwatch({
  line,
  color = 'var(--text-muted)',
  contested = false,
  width = 30,
}: LineSwatchProps) {
  const height = 12;
  const mid = height / 2;
  return (
    <svg
      className="swatch"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      {contested && (
        <line
          x1={2}
          y1={mid}
          x2={width - 2}
          y2={mid}
          stroke={CONTESTED_COLOR}
          strokeWidth={7}
          strokeLinecap="round"
        />
      )}
      <line
        x1={3}
        y1={mid}
        x2={width - 3}
        y2={mid}
        // A style, not an attribute, so the default can be a theme variable.
        style={{ stroke: color }}
        strokeWidth={2.2}
        strokeDasharray={dash(line)}
        // Round caps turn near-zero dashes into dots.
        strokeLinecap={line === 'dotted' ? 'round' : 'butt'}
      />
    </svg>
  );
}
