import { useEffect, useRef, type RefObject } from 'react';

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Brings the current passage into view when the reader opens and whenever it moves; with
 * no passage, starts the text at the top. `focusRef` asks for the passage to take focus too,
 * for keyboard navigation, where the reader's place and the focus should not part.
 */
export function useScrollToCurrent(
  containerRef: RefObject<HTMLElement | null>,
  sourceId: string,
  at: number | undefined,
  focusRef: RefObject<boolean>,
) {
  // Opening a source jumps straight to the passage; moving within it glides, so the reader
  // sees where they went.
  const shownSource = useRef<string | null>(null);
  useEffect(() => {
    const opening = shownSource.current !== sourceId;
    shownSource.current = sourceId;
    const root = containerRef.current;
    if (!root) return;
    const target = at === undefined ? null : root.querySelector<HTMLElement>(`mark[data-start="${at}"]`);
    if (!target) {
      root.scrollTop = 0;
      return;
    }
    target.scrollIntoView({
      block: 'center',
      behavior: opening || prefersReducedMotion() ? 'auto' : 'smooth',
    });
    if (focusRef.current) {
      focusRef.current = false;
      target.focus({ preventScroll: true });
    }
  }, [containerRef, sourceId, at, focusRef]);
}
