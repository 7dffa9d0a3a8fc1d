import { useSyncExternalStore } from 'react';
import { NARROW_QUERY } from './sheets';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(NARROW_QUERY)
    : null;
}

function subscribe(onChange: () => void) {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the window is narrow enough for the panels to become a sheet over the map. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? false);
}

/** The same, read once (for initial state). */
export function isNarrow(): boolean {
  return query()?.matches ?? false;
}
