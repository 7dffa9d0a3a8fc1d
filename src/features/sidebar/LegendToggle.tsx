import type { ReactNode } from 'react';

interface LegendToggleProps {
  /** True when the entry is shown; "mixed" when only some of a group is. */
  pressed: boolean | 'mixed';
  onToggle: () => void;
  swatch: ReactNode;
  label: ReactNode;
  count: number;
  /** Read after the count by screen readers: "3 actors". */
  noun: string;
  title?: string;
}

/** One legend entry that is also a filter: it shows the encoding and switches it on and off. */
export function LegendToggle({ pressed, onToggle, swatch, label, count, noun, title }: LegendToggleProps) {
  return (
    <button type="button" className="legend-toggle" aria-pressed={pressed} onClick={onToggle} title={title}>
      <span className="legend-swatch">{swatch}</span>
      <span className="legend-label">{label}</span>{' '}
      <span className="legend-count">
        {count}
        <span className="visually-hidden"> {noun}</span>
      </span>
    </button>
  );
}
