/**
 * Where each label goes so that none covers another: the busiest and the singled-out first,
 * each at the first place around its element (below, above, right, left of an actor; along
 * a relation from its middle outwards) that is free of the labels placed before it and of
 * other actors. A label that must be read (a hub, the selection) may cover an actor if no
 * place is free, but no label ever covers another: one that finds no place is left out
 * until the reader zooms in, and the order decides which.
 * Pure and in one coordinate space (the model's), so it is tested without a canvas.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type NodeSide = 'bottom' | 'top' | 'right' | 'left';

export interface NodeLabel {
  kind: 'node';
  id: string;
  x: number;
  y: number;
  /** Half the actor's width and height. */
  rx: number;
  ry: number;
  /** The label's size and its gap from the actor. */
  w: number;
  h: number;
  gap: number;
  must: boolean;
}

export interface EdgeLabel {
  kind: 'edge';
  id: string;
  /** Where cytoscape puts the label (the middle of the drawn line). */
  mx: number;
  my: number;
  /** The relation's ends, to slide the label along it. */
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  w: number;
  h: number;
  must: boolean;
}

export type LabelItem = NodeLabel | EdgeLabel;

export type Placement =
  | { kind: 'node'; side: NodeSide; box: Box }
  | { kind: 'edge'; dx: number; dy: number; box: Box }
  | { kind: 'off' };

export const NODE_SIDES: readonly NodeSide[] = ['bottom', 'top', 'right', 'left'];
/** Fractions along a relation, from its middle outwards, where its label may sit. */
export const EDGE_STOPS: readonly number[] = [0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75, 0.18, 0.82];

export function nodeLabelBox(label: NodeLabel, side: NodeSide): Box {
  const { x, y, rx, ry, w, h, gap } = label;
  switch (side) {
    case 'bottom':
      return { x1: x - w / 2, y1: y + ry + gap, x2: x + w / 2, y2: y + ry + gap + h };
    case 'top':
      return { x1: x - w / 2, y1: y - ry - gap - h, x2: x + w / 2, y2: y - ry - gap };
    case 'right':
      return { x1: x + rx + gap, y1: y - h / 2, x2: x + rx + gap + w, y2: y + h / 2 };
    case 'left':
      return { x1: x - rx - gap - w, y1: y - h / 2, x2: x - rx - gap, y2: y + h / 2 };
  }
}

/**
 * Where a relation's label may sit: on the line at each stop, then just beside it on either
 * side (a label touching its own line still reads as its own).
 */
function edgeCandidates(label: EdgeLabel): { dx: number; dy: number; box: Box }[] {
  const { mx, my, sx, sy, tx, ty, w, h } = label;
  const length = Math.hypot(tx - sx, ty - sy) || 1;
  // The unit normal, scaled so that a label beside the line clears it by a little.
  const nx = (-(ty - sy) / length) * (h * 0.6 + 2);
  const ny = ((tx - sx) / length) * (h * 0.6 + 2);
  const beside = [0, 1, -1];
  return beside.flatMap((side) =>
    EDGE_STOPS.map((t) => {
      // Along the straight line between the ends, moved with the drawn middle (a curve bulges).
      const dx = (tx - sx) * (t - 0.5) + nx * side;
      const dy = (ty - sy) * (t - 0.5) + ny * side;
      const cx = mx + dx;
      const cy = my + dy;
      return { dx, dy, box: { x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 } };
    }),
  );
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** A uniform grid of boxes, so that each test looks at the boxes near it only. */
class BoxGrid {
  private readonly cells = new Map<string, { box: Box; owner: string }[]>();
  constructor(private readonly size: number) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    const s = this.size;
    for (let i = Math.floor(box.x1 / s); i <= Math.floor(box.x2 / s); i++)
      for (let j = Math.floor(box.y1 / s); j <= Math.floor(box.y2 / s); j++) keys.push(`${i},${j}`);
    return keys;
  }

  add(box: Box, owner: string) {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push({ box, owner });
      else this.cells.set(key, [{ box, owner }]);
    }
  }

  /** How many boxes (by owner) a box overlaps, leaving out those of `except`. */
  hits(box: Box, except: ReadonlySet<string> = new Set()): number {
    const seen = new Set<string>();
    for (const key of this.keys(box))
      for (const other of this.cells.get(key) ?? [])
        if (!except.has(other.owner) && !seen.has(other.owner) && overlaps(box, other.box))
          seen.add(other.owner);
    return seen.size;
  }
}

function outside(box: Box, view: Box): number {
  return box.x1 < view.x1 || box.y1 < view.y1 || box.x2 > view.x2 || box.y2 > view.y2 ? 1 : 0;
}

/**
 * Places labels in the order given (the first wins a contested place). `actors` are the
 * boxes of every actor shown; `view` the part of the model on screen; `cell` the grid's
 * cell size (about a label's width).
 */
export function placeLabels(
  items: readonly LabelItem[],
  actors: readonly { id: string; box: Box }[],
  view: Box,
  cell = 80,
): Map<string, Placement> {
  const labels = new BoxGrid(cell);
  const nodes = new BoxGrid(cell);
  for (const { id, box } of actors) nodes.add(box, id);
  const placed = new Map<string, Placement>();
  for (const item of items) {
    const own = item.kind === 'node' ? new Set([item.id]) : new Set<string>(); // an edge's ends are not in its way
    const options: { placement: Placement; box: Box }[] =
      item.kind === 'node'
        ? NODE_SIDES.map((side) => {
            const box = nodeLabelBox(item, side);
            return { placement: { kind: 'node', side, box }, box };
          })
        : edgeCandidates(item).map(({ dx, dy, box }) => ({ placement: { kind: 'edge', dx, dy, box }, box }));
    let best: { placement: Placement; box: Box; cost: number } | null = null;
    for (const option of options) {
      const labelHits = labels.hits(option.box);
      const nodeHits = nodes.hits(option.box, own);
      const free = labelHits === 0 && nodeHits === 0;
      const cost = labelHits * 1000 + nodeHits * 10 + outside(option.box, view);
      if (free && !outside(option.box, view)) {
        best = { ...option, cost };
        break;
      }
      if (!best || cost < best.cost) best = { ...option, cost };
    }
    // A label that must be read may cover an actor if it has to, never another label; others
    // take a free place only.
    if (best && (best.cost < 10 || (item.must && best.cost < 1000))) {
      labels.add(best.box, item.id);
      placed.set(item.id, best.placement);
    } else {
      placed.set(item.id, { kind: 'off' });
    }
  }
  return placed;
}
