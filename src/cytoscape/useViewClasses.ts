import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { selectChosenPath, selectIndex, selectSelected, selectVisibility } from '../store/selectors';
import { noViewClasses, viewClasses, type ViewClasses } from './viewClasses';
import { renderModeOf } from './renderMode';

const CLASS_OF: Record<keyof ViewClasses, string> = {
  hidden: 'hidden',
  faded: 'faded',
  selected: 'is-selected',
  incident: 'incident',
  pathHop: 'path-hop',
  pathActor: 'path-actor',
  backdrop: 'backdrop',
  pathBackdrop: 'path-backdrop',
};

/**
 * Puts the view (filters, focus, selection, the leverage path) on the canvas as classes, in one batch, touching
 * only the elements whose classes change: every class change costs a restyle of the element.
 */
export function useViewClasses(cy: Core | null) {
  const index = useAppStore(selectIndex);
  const visibility = useAppStore(selectVisibility);
  const selected = useAppStore(selectSelected);
  const path = useAppStore(selectChosenPath);
  // A story decides what is on screen while it is presented; filters and focus step aside.
  const presenting = useAppStore((s) => s.presenting !== null);
  const previous = useRef<ViewClasses | null>(null);
  useEffect(() => {
    if (!cy || !index || !visibility) return;
    const next = presenting
      ? noViewClasses()
      : viewClasses(index, visibility, selected, { backdrop: renderModeOf(cy) === 'standard', path });
    const before = previous.current;
    previous.current = next;
    cy.batch(() => {
      for (const key of Object.keys(CLASS_OF) as (keyof ViewClasses)[]) {
        const was = before?.[key] ?? new Set<string>();
        const now = next[key];
        for (const id of was) if (!now.has(id)) cy.getElementById(id).removeClass(CLASS_OF[key]);
        for (const id of now) if (!was.has(id)) cy.getElementById(id).addClass(CLASS_OF[key]);
      }
      // A part-of link follows its two actors: hidden or faded if either is. Only real changes
      // are made: cytoscape restyles (and redraws the whole map for) every class it is handed.
      cy.edges('.part-of').forEach((edge) => {
        const ends = [edge.source(), edge.target()];
        const hidden = ends.some((n) => n.hasClass('hidden'));
        const faded = !hidden && ends.some((n) => n.hasClass('faded'));
        if (edge.hasClass('hidden') !== hidden) edge.toggleClass('hidden', hidden);
        if (edge.hasClass('faded') !== faded) edge.toggleClass('faded', faded);
      });
    });
  }, [cy, index, visibility, selected, path, presenting]);
  useEffect(() => () => void (previous.current = null), [cy]);
}
