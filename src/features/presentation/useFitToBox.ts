import { useLayoutEffect, type RefObject } from 'react';
import { fitToBox } from './fitToBox';

/**
 * Keeps what is in the element shrunk just enough to fit it (see fitToBox): again whenever
 * `content` changes (a new slide) and when the element is resized (the window).
 */
export function useFitToBox(element: RefObject<HTMLElement | null>, content: unknown) {
  useLayoutEffect(() => {
    const box = element.current;
    if (!box) return;
    const fit = () => fitToBox(box, box.clientHeight);
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    let width = box.clientWidth;
    let height = box.clientHeight;
    const observer = new ResizeObserver(() => {
      // Only the box's own size: the shrinking itself never changes it.
      if (box.clientWidth === width && box.clientHeight === height) return;
      width = box.clientWidth;
      height = box.clientHeight;
      fit();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [element, content]);
}
