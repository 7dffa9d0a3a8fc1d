/**
 * Pushes apart boxes that overlap, a few passes at a time. A force-directed layout lets two
 * actors with the same neighbours settle on top of each other (Lukashenka on Belarus); this
 * removes that without moving anything that does not overlap. Pure, for testing.
 *
 * Each pass sorts the boxes into a grid of cells as large as the largest box, so a box is
 * only compared with those in its own and the neighbouring cells: linear in the number of
 * boxes where comparing every pair would take minutes on a map of thousands.
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
  if (boxes.length < 2) return 0;
  const cellW = 2 * Math.max(...boxes.map((b) => b.hw)) + gap;
  const cellH = 2 * Math.max(...boxes.map((b) => b.hh)) + gap;
  let moves = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const grid = new Map<string, number[]>();
    const cellOf = (b: Box) => [Math.floor(b.x / cellW), Math.floor(b.y / cellH)] as const;
    boxes.forEach((box, i) => {
      const [cx, cy] = cellOf(box);
      const key = `${cx},${cy}`;
      const cell = grid.get(key);
      if (cell) cell.push(i);
      else grid.set(key, [i]);
    });
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      const [cx, cy] = cellOf(boxes[i]!);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            // Each pair once, in index order, as the pairwise version did.
            if (j <= i) continue;
            if (separate(boxes[i]!, boxes[j]!, gap, i)) {
              moved = true;
              moves++;
            }
          }
        }
      }
    }
    if (!moved) break;
  }
  return moves;
}

/** Moves a and b apart along the axis that needs the smaller push; false if they do not overlap. */
function separate(a: Box, b: Box, gap: number, i: number): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const overlapX = a.hw + b.hw + gap - Math.abs(dx);
  const overlapY = a.hh + b.hh + gap - Math.abs(dy);
  if (overlapX <= 0 || overlapY <= 0) return false;
  if (overlapX < overlapY) {
    const push = (overlapX / 2) * (dx === 0 ? (i % 2 ? 1 : -1) : Math.sign(dx));
    a.x -= push;
    b.x += push;
  } else {
    const push = (overlapY / 2) * (dy === 0 ? (i % 2 ? 1 : -1) : Math.sign(dy));
    a.y -= push;
    b.y += push;
  }
  return true;
}
