import { useCallback, useState } from 'react';

/** The width of an element, following it as it is resized (a callback ref: attach it to the box). */
export function useWidth(fallback = 800): [(element: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      setWidth(element.clientWidth || fallback);
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => setWidth(element.clientWidth || fallback));
      observer.observe(element);
      return () => observer.disconnect();
    },
    [fallback],
  );
  return [ref, width];
}
