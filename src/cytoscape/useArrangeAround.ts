import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { RELATION_CATEGORY_IDS } from '../domain/relationTypes';
import { useAppStore } from '../store/appStore';

/** Arranges the selected actor's neighbours around it while "Arrange around" is on (see arrangeAround.ts). */
export function useArrangeAround(cy: Core | null) {
  const around = useAppStore((s) => (s.arranged && s.selected?.kind === 'actor' ? s.selected.id : null));
  useEffect(() => {
    if (!cy || !around) return;
    let undo: (() => void) | null = null;
    let cancelled = false;
    void import('./arrangeAround').then(({ arrangeAround }) => {
      if (!cancelled && !cy.destroyed()) undo = arrangeAround(cy, around, RELATION_CATEGORY_IDS);
    });
    return () => {
      cancelled = true;
      undo?.();
    };
  }, [cy, around]);
}
