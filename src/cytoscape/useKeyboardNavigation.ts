/**
 * The map itself takes the keyboard: focused (Tab, or the "Skip to map" link), the arrow keys
 * move the selection from an actor to the neighbour that lies that way, Enter opens its
 * details, and each move is said aloud through a live region: who it is, and the relation
 * that was followed to get there.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { ACTOR_TYPES, type ActorType } from '../domain/actorTypes';
import { formatCount } from '../domain/format';
import { useAppStore } from '../store/appStore';
import { DIRECTION_OF_KEY, neighbourInDirection, type Direction } from './keyboardNav';

const relationLabels = (a: NodeSingular, b: NodeSingular) =>
  a
    .edgesWith(b)
    .filter((e) => !e.hasClass('bundle') && !e.hasClass('part-of') && e.visible())
    .edges()
    .map(
      (e) =>
        `${String(e.source().data('label'))} ${String(e.data('label'))} ${String(e.target().data('label'))}`,
    );

/** What is said of an actor reached by the keyboard. */
function describe(node: NodeSingular, from: NodeSingular | null): string {
  const id = String(node.data('type'));
  const type = id in ACTOR_TYPES ? ACTOR_TYPES[id as ActorType].label : 'Actor';
  const neighbours = node.closedNeighborhood(':visible').nodes().length - 1;
  const via = from ? relationLabels(from, node) : [];
  return [
    `${String(node.data('label'))}, ${type.toLowerCase()}, ${formatCount(neighbours, 'neighbour')}.`,
    via.length ? `Via: ${via.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The actor the keys start from: the selection's, or the most connected one in view. */
function startingActor(cy: Core): NodeSingular | null {
  const { selected } = useAppStore.getState();
  if (selected?.kind === 'actor') {
    const node = cy.getElementById(selected.id);
    if (node.nonempty() && node.visible()) return node;
  }
  if (selected?.kind === 'relation') {
    const edge = cy.getElementById(selected.id);
    if (edge.nonempty() && edge.isEdge()) return edge.source();
  }
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return null;
  return nodes.max((n) => Number(n.data('degree') ?? 0)).ele;
}

export function useKeyboardNavigation(
  cy: Core | null,
  frame: RefObject<HTMLElement | null>,
  live: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const element = frame.current;
    if (!cy || !element) return;
    const say = (text: string) => {
      if (live.current) live.current.textContent = text;
    };
    const go = (node: NodeSingular, from: NodeSingular | null) => {
      useAppStore.getState().select({ kind: 'actor', id: node.id() });
      // Keep it on screen without a jump: only when it has left the view.
      const { x1, x2, y1, y2 } = cy.extent();
      const { x, y } = node.position();
      if (x < x1 || x > x2 || y < y1 || y > y2) {
        cy.stop();
        cy.animate({ center: { eles: node } }, { duration: 0 });
      }
      say(describe(node, from));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const direction: Direction | undefined = DIRECTION_OF_KEY[event.key];
      if (event.key === 'Enter') {
        const { selected, select } = useAppStore.getState();
        if (selected) select(selected, { reveal: true });
        event.preventDefault();
        return;
      }
      if (!direction) return;
      event.preventDefault();
      const { selected } = useAppStore.getState();
      const start = startingActor(cy);
      if (!start) {
        say('Nothing is shown on the map.');
        return;
      }
      // The first press lands on the starting actor itself.
      if (selected?.kind !== 'actor' || selected.id !== start.id()) {
        go(start, null);
        return;
      }
      const neighbours = start.closedNeighborhood(':visible').nodes().difference(start);
      const candidates = neighbours.map((n: NodeSingular) => ({ id: n.id(), ...n.position() }));
      const next = neighbourInDirection(start.position(), candidates, direction);
      if (!next) {
        say(
          `No neighbour of ${String(start.data('label'))} lies ${direction === 'up' || direction === 'down' ? direction : `to the ${direction}`}.`,
        );
        return;
      }
      go(cy.getElementById(next), start);
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [cy, frame, live]);
}
