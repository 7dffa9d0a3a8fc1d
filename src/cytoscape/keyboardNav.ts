/**
 * Moving through the map with the arrow keys: from the selected actor to the neighbour that
 * lies in the direction pressed. Pure, so the choice is tested without a canvas.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export const DIRECTION_OF_KEY: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Screen directions as angles (y grows downwards, as on the canvas). */
const ANGLE: Record<Direction, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

/** A neighbour up to this far either side of the arrow's direction still counts as "that way". */
const CONE = (Math.PI * 3) / 8;

export interface Candidate {
  id: string;
  x: number;
  y: number;
}

/**
 * The candidate the arrow points at: within 67.5° of its direction, the nearest, with those
 * off the axis counting as further away. Null if nothing lies that way.
 */
export function neighbourInDirection(
  from: { x: number; y: number },
  candidates: readonly Candidate[],
  direction: Direction,
): string | null {
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    let off = Math.abs(Math.atan2(dy, dx) - ANGLE[direction]);
    if (off > Math.PI) off = 2 * Math.PI - off;
    if (off > CONE) continue;
    const score = distance * (1 + (2 * off) / Math.PI);
    if (!best || score < best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best?.id ?? null;
}
