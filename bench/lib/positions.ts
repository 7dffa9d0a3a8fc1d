/**
 * Saved positions for the synthetic datasets, so "rendering alone" can be measured without
 * a layout: each community is a sunflower disc around its hub, and the discs are set out on
 * a larger sunflower, biggest first. Spacing is the Belarus map's (about 150 model units
 * between neighbouring actors), so label density on screen is that of a real map.
 */
import type { Position } from '../../src/domain/schema';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
export const ACTOR_SPACING = 150;

/** Offsets of n points in a sunflower disc; the first is the centre. */
function sunflower(n: number, spacing: number): Position[] {
  return Array.from({ length: n }, (_, i) => {
    const r = spacing * Math.sqrt(i) * 0.6;
    return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
  });
}

/** Positions by actor id; `groups` lists each community's actor ids, hub first. */
export function communityPositions(groups: readonly (readonly string[])[]): Record<string, Position> {
  const order = groups.map((ids, index) => ({ ids, index })).sort((a, b) => b.ids.length - a.ids.length);
  const positions: Record<string, Position> = {};
  let area = 0;
  order.forEach(({ ids }, i) => {
    const radius = ACTOR_SPACING * (Math.sqrt(ids.length) * 0.6 + 0.5);
    // Each disc goes just outside the area the discs before it cover, round the golden angle.
    const distance = i === 0 ? 0 : Math.sqrt(area / Math.PI) + radius * 0.5;
    const centre = { x: distance * Math.cos(i * GOLDEN_ANGLE), y: distance * Math.sin(i * GOLDEN_ANGLE) };
    area += Math.PI * radius * radius;
    sunflower(ids.length, ACTOR_SPACING).forEach((offset, j) => {
      positions[ids[j]!] = {
        x: Math.round((centre.x + offset.x) * 10) / 10,
        y: Math.round((centre.y + offset.y) * 10) / 10,
      };
    });
  });
  return positions;
}
