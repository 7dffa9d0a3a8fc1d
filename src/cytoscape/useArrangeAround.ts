import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { RELATION_CATEGORY_IDS } from '../domain/relationTypes';
import { retryable } from '../app/retryable';
import { useAppStore } from '../store/appStore';
import { isLive } from './isLive';

const loadArrange = retryable(() => import('./arrangeAround'));

/** Arranges the selected actor's neighbours around it while "Arrange around" is on (see arrangeAround.ts). */
export function useArrangeAround(cy: Core | null) {
  const around = useAppStore((s) => (s.arranged && s.selected?.kind === 'actor' ? s.selected.id : null));
  useEffect(() => {
    if (!isLive(cy) || !around) return;
    let undo: (() => void) | null = null;
    let cancelled = false;
    const run = () =>
      loadArrange().then(
        ({ arrangeAround }) => {
          if (!cancelled && !cy.destroyed()) undo = arrangeAround(cy, around, RELATION_CATEGORY_IDS);
        },
        () => {
          if (!cancelled)
            useAppStore.getState().reportLoadFailure({ what: 'Arrange around', retry: () => void run() });
        },
      );
    void run();
    return () => {
      cancelled = true;
      undo?.();
    };
  }, [cy, around]);
}
