import type { ReactNode } from 'react';

/** A collapsible block of the sidebar; open by default so the legend is seen before it is hidden. */
export function LegendSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="legend-section" open>
      <summary className="panel-heading">{title}</summary>
      {children}
    </details>
  );
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
