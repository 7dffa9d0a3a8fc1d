/**
 * The map itself takes the keyboard: focused (Tab, or the "Skip to map" link), the arrow keys
 * move the selection from an actor to the neighbour that lies that way, Enter opens its
 * details, and each move is said aloud through a live region: who it is, and the relation
 * that was followed to get there. This module is what a key does; it loads with the first key
 * pressed on the map (see useKeyboardNavigation).
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { ElementRef } from '../domain/graphIndex';
import { neighbourInDirection, type Direction } from './keyboardNav';

/**
 * What a move needs from the app, passed in: this module loads lazily and imports nothing
 * the first paint's code has, so that it stays out of it.
 */
export interface MapKeys {
  selected: ElementRef | null;
  select: (actorId: string) => void;
  /** The name of an actor type ("State"), by its id. */
  typeLabel: (type: string) => string;
  say: (text: string) => void;
}

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
function describe(node: NodeSingular, from: NodeSingular | null, keys: MapKeys): string {
  const type = keys.typeLabel(String(node.data('type')));
  const neighbours = node.closedNeighborhood(':visible').nodes().not('.group').length - 1;
  const via = from ? relationLabels(from, node) : [];
  return [
    `${String(node.data('label'))}, ${type.toLowerCase()}, ${neighbours === 1 ? '1 neighbour' : `${neighbours} neighbours`}.`,
    via.length ? `Via: ${via.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The actor the keys start from: the selection's, or the most connected one in view. */
function startingActor(cy: Core, selected: ElementRef | null): NodeSingular | null {
  if (selected?.kind === 'actor') {
    const node = cy.getElementById(selected.id);
    if (node.nonempty() && node.visible()) return node;
  }
  if (selected?.kind === 'relation') {
    const edge = cy.getElementById(selected.id);
    if (edge.nonempty() && edge.isEdge()) return edge.source();
  }
  // Actors only: a closed group of a large map's overview is not one.
  const nodes = cy.nodes(':visible').not('.group');
  if (nodes.empty()) return null;
  return nodes.max((n) => Number(n.data('degree') ?? 0)).ele;
}

/**
 * Moves the selection the way the arrow points (or, with nothing selected yet, to the most
 * connected actor in view), and says where it went.
 */
export function moveOnMap(cy: Core, direction: Direction, keys: MapKeys) {
  const { selected, say } = keys;
  const go = (node: NodeSingular, from: NodeSingular | null) => {
    keys.select(node.id());
    // Keep it on screen without a jump: only when it has left the view.
    const { x1, x2, y1, y2 } = cy.extent();
    const { x, y } = node.position();
    if (x < x1 || x > x2 || y < y1 || y > y2) {
      cy.stop();
      cy.animate({ center: { eles: node } }, { duration: 0 });
    }
    say(describe(node, from, keys));
  };
  const start = startingActor(cy, selected);
  if (!start) {
    say('Nothing is shown on the map.');
    return;
  }
  // The first press lands on the starting actor itself.
  if (selected?.kind !== 'actor' || selected.id !== start.id()) {
    go(start, null);
    return;
  }
  const neighbours = start.closedNeighborhood(':visible').nodes().not('.group').difference(start);
  const candidates = neighbours.map((n: NodeSingular) => ({ id: n.id(), ...n.position() }));
  const next = neighbourInDirection(start.position(), candidates, direction);
  if (!next) {
    const way = direction === 'up' || direction === 'down' ? direction : `to the ${direction}`;
    say(`No neighbour of ${String(start.data('label'))} lies ${way}.`);
    return;
  }
  go(cy.getElementById(next), start);
}
