import type { ReactNode } from 'react';

/**
 * A titled part of the panel. Deliberately not labelled: a named section becomes a region
 * landmark, and a dozen landmarks per panel would drown the page's own; the h3 is enough
 * to navigate by.
 */
export function DetailsSection({
  title,
  className = '',
  children,
}: {
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={`details-section ${className}`.trim()}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
