import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { ACTOR_TYPES, type ActorType } from '../domain/actorTypes';
import { retryable } from '../app/retryable';
import { useAppStore } from '../store/appStore';
import { DIRECTION_OF_KEY } from './keyboardNav';
import { isLive } from './isLive';

const loadMapKeys = retryable(() => import('./mapKeys'));

/**
 * The map takes the keyboard when focused (Tab, or "Skip to map"): the arrow keys move the
 * selection to the neighbour that lies that way, said aloud in the live region (see
 * mapKeys.ts, loaded with the first arrow pressed); Enter opens the selection's details.
 */
export function useKeyboardNavigation(
  cy: Core | null,
  frame: RefObject<HTMLElement | null>,
  live: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const element = frame.current;
    if (!isLive(cy) || !element) return;
    const say = (text: string) => {
      if (live.current) live.current.textContent = text;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Enter') {
        const { selected, select } = useAppStore.getState();
        if (selected) select(selected, { reveal: true });
        event.preventDefault();
        return;
      }
      const direction = DIRECTION_OF_KEY[event.key];
      if (!direction) return;
      // Now, not once the module has loaded: the arrow must not scroll anything meanwhile.
      event.preventDefault();
      const move = () =>
        loadMapKeys().then(
          ({ moveOnMap }) => {
            if (cy.destroyed()) return;
            const { selected, select } = useAppStore.getState();
            moveOnMap(cy, direction, {
              selected,
              select: (id) => select({ kind: 'actor', id }),
              typeLabel: (type) => (type in ACTOR_TYPES ? ACTOR_TYPES[type as ActorType].label : 'Actor'),
              say,
            });
          },
          () => {
            say('Moving with the arrow keys could not be loaded.');
            useAppStore
              .getState()
              .reportLoadFailure({ what: 'Moving with the arrow keys', retry: () => void move() });
          },
        );
      void move();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [cy, frame, live]);
}
