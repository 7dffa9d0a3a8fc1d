import type { Position } from '../../domain/schema';

/** Actors in rows, in dataset order: where they go when the layout itself has failed. */
export function gridPositions(ids: readonly string[], spacing = 150): Record<string, Position> {
  const columns = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  return Object.fromEntries(
    ids.map((id, i) => [id, { x: (i % columns) * spacing, y: Math.floor(i / columns) * spacing }]),
  );
}
