/**
 * Pushes apart boxes that overlap, a few passes at a time. A force-directed layout lets two
 * actors with the same neighbours settle on top of each other (Lukashenka on Belarus); this
 * removes that without moving anything that does not overlap. Pure, for testing.
 */
export interface Box {
  id: string;
  x: number;
  y: number;
  /** Half width and half height, including the label below the node. */
  hw: number;
  hh: number;
}

export function removeOverlaps(boxes: Box[], gap = 6, maxPasses = 60): number {
  let moves = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const overlapX = a.hw + b.hw + gap - Math.abs(dx);
        const overlapY = a.hh + b.hh + gap - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        // Separate along the axis that needs the smaller push; split it between the two.
        if (overlapX < overlapY) {
          const push = (overlapX / 2) * (dx === 0 ? (i % 2 ? 1 : -1) : Math.sign(dx));
          a.x -= push;
          b.x += push;
        } else {
          const push = (overlapY / 2) * (dy === 0 ? (i % 2 ? 1 : -1) : Math.sign(dy));
          a.y -= push;
          b.y += push;
        }
        moved = true;
        moves++;
      }
    }
    if (!moved) break;
  }
  return moves;
}
