/**
 * Brings an existing canvas to a new set of elements by id, in one batch: what is gone is
 * removed (its place remembered, so an undo puts it back where it stood), what is new is
 * added beside its neighbours, and what changed has its data and classes updated. Nothing
 * else moves, so an edit or an undo never reshuffles the map.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Position } from '../domain/schema';
import { renderModeOf } from './renderMode';
import { pushTo } from '../domain/lists';

/** Model units from a new actor to the middle of the neighbours it is placed beside. */
const BESIDE = 150;

const remembered = new WeakMap<Core, Map<string, Position>>();

/** Where each actor not drawn now stood, or is to stand when drawn (see attachOverview). */
export function memoryOf(cy: Core): Map<string, Position> {
  let memory = remembered.get(cy);
  if (!memory) {
    memory = new Map();
    remembered.set(cy, memory);
  }
  return memory;
}

/** A stable angle for an id, so new actors beside the same neighbour fan out, not stack. */
function angleOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return ((hash >>> 0) % 360) * (Math.PI / 180);
}

/**
 * Where a new actor goes: where it stood before, else where its definition says (a saved
 * position, a group's circle), else beside its placed neighbours, else mid-view.
 */
function placeFor(
  cy: Core,
  el: ElementDefinition,
  neighbours: readonly string[],
  memory: Map<string, Position>,
  free: number,
) {
  const id = el.data.id!;
  const before = memory.get(id) ?? el.position;
  // A copy: cytoscape moves the position it is given in place.
  if (before) return { x: before.x, y: before.y };
  const placed = neighbours
    .map((n) => cy.getElementById(n))
    .filter((n) => n.nonempty() && n.isNode())
    .map((n) => (n as NodeSingular).position());
  const angle = angleOf(id);
  if (placed.length > 0) {
    const x = placed.reduce((sum, p) => sum + p.x, 0) / placed.length;
    const y = placed.reduce((sum, p) => sum + p.y, 0) / placed.length;
    return { x: x + BESIDE * Math.cos(angle), y: y + BESIDE * Math.sin(angle) };
  }
  // Unconnected: in the middle of what is on screen, each one a step further along.
  const { x1, x2, y1, y2 } = cy.extent();
  return { x: (x1 + x2) / 2 + free * 40 * Math.cos(angle), y: (y1 + y2) / 2 + free * 40 * Math.sin(angle) };
}

/** Data keys another controller owns: an actor's size follows the measure chosen (useNodeSizes). */
const OWNED_ELSEWHERE = new Set(['size']);

/** Which actors each actor has a relation with, from the element definitions. */
function neighboursIn(elements: readonly ElementDefinition[]): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => pushTo(neighbours, from, to);
  for (const el of elements) {
    if (el.group !== 'edges') continue;
    const { source, target } = el.data as { source: string; target: string };
    link(source, target);
    link(target, source);
  }
  return neighbours;
}

/** Syncs the canvas to the elements; returns the ids of the actors it added. */
export function syncElements(cy: Core, elements: readonly ElementDefinition[]): string[] {
  const wanted = new Map(elements.map((el) => [el.data.id!, el]));
  const memory = memoryOf(cy);
  const addedActors: string[] = [];
  // As createGraph draws them: on a large map a drag on an actor pans.
  const pannable = renderModeOf(cy) === 'large';
  cy.batch(() => {
    const gone = cy.elements().filter((el) => !wanted.has(el.id()));
    gone.nodes().forEach((node) => {
      memory.set(node.id(), { ...node.position() });
    });
    cy.remove(gone);

    // Worked out only when an actor is to be placed: most edits add none.
    let neighbours: Map<string, string[]> | null = null;
    let free = 0;
    const additions: ElementDefinition[] = [];
    for (const el of elements) {
      const id = el.data.id!;
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        if (el.group === 'nodes') {
          neighbours ??= neighboursIn(elements);
          const around = neighbours.get(id) ?? [];
          const position = placeFor(cy, el, around, memory, around.length === 0 ? free++ : 0);
          // Added at once, so the next new actor can be placed beside this one.
          cy.add({ ...el, position, ...(pannable ? { pannable } : {}) });
          addedActors.push(id);
        } else additions.push(el);
        continue;
      }
      for (const [key, value] of Object.entries(el.data)) {
        if (OWNED_ELSEWHERE.has(key) || key === 'source' || key === 'target') continue;
        if (existing.data(key) !== value) existing.data(key, value);
      }
      // An edge whose ends changed is removed and added again: cytoscape cannot move one.
      if (el.group === 'edges') {
        const { source, target } = el.data as { source: string; target: string };
        if (existing.data('source') !== source || existing.data('target') !== target) {
          cy.remove(existing);
          additions.push(el);
        }
      }
      for (const name of (el.classes as string | undefined)?.split(' ').filter(Boolean) ?? []) {
        if (name.startsWith('tier-') && !existing.hasClass(name))
          existing.removeClass('tier-1 tier-2 tier-3').addClass(name);
      }
    }
    if (additions.length) cy.add(additions);
  });
  return addedActors;
}
