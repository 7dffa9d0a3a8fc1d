import { useEffect, useRef } from 'react';

/**
 * Keeps the selected row in sight when the selection changes, wherever it was made. The row
 * is scrolled to, not focused: focus stays where the user is working (graph, search, reader).
 */
export function useScrollIntoView(selectedId: string | null) {
  const containerRef = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (selectedId === null) return;
    const row = containerRef.current?.querySelector<HTMLElement>(`tr[data-id="${selectedId}"]`);
    // jsdom has no layout and no scrollIntoView; browsers all do.
    if (typeof row?.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  return containerRef;
}
