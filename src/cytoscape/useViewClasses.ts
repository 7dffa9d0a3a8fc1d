import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectSelected, selectVisibility } from '../store/selectors';
import { viewClasses } from './viewClasses';

const CLASS_NAMES = ['hidden', 'faded', 'is-selected', 'incident'] as const;

/** Puts the view (filters, focus, selection) on the canvas as classes, in one batch. */
export function useViewClasses(cy: Core | null) {
  const index = useAppStore(selectIndex);
  const visibility = useAppStore(selectVisibility);
  const selected = useAppStore(selectSelected);
  useEffect(() => {
    if (!cy || !index || !visibility) return;
    const classes = viewClasses(index, visibility, selected);
    cy.batch(() => {
      cy.elements().removeClass(CLASS_NAMES.join(' '));
      for (const id of classes.hidden) cy.getElementById(id).addClass('hidden');
      for (const id of classes.faded) cy.getElementById(id).addClass('faded');
      for (const id of classes.incident) cy.getElementById(id).addClass('incident');
      for (const id of classes.selected) cy.getElementById(id).addClass('is-selected');
      // A part-of link follows its two actors: hidden or faded if either is.
      cy.edges('.part-of').forEach((edge) => {
        const ends = [edge.source(), edge.target()];
        if (ends.some((n) => n.hasClass('hidden'))) edge.addClass('hidden');
        else if (ends.some((n) => n.hasClass('faded'))) edge.addClass('faded');
      });
    });
  }, [cy, index, visibility, selected]);
}
