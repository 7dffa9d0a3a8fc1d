/**
 * Which hubs of a large map to name while it is zoomed out too far for cytoscape to draw any
 * label (see useOverviewLabels): the busiest actors, in order, each where its name does not
 * cover one already placed. Pure, so the choice is tested without a canvas.
 */

export interface PlacedLabel {
  id: string;
  /** Where the label's top centre goes, in pixels on the canvas. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** At most this many names on an overview: enough to find one's way, few enough to read. */
export const MAX_OVERVIEW_LABELS = 12;

export function chooseOverviewLabels(
  candidates: readonly PlacedLabel[],
  canvas: { width: number; height: number },
  max = MAX_OVERVIEW_LABELS,
): PlacedLabel[] {
  const chosen: PlacedLabel[] = [];
  for (const label of candidates) {
    if (chosen.length >= max) break;
    const left = label.x - label.width / 2;
    const inside =
      left >= 0 &&
      label.y >= 0 &&
      left + label.width <= canvas.width &&
      label.y + label.height <= canvas.height;
    if (inside && !chosen.some((other) => overlap(label, other))) chosen.push(label);
  }
  return chosen;
}

function overlap(a: PlacedLabel, b: PlacedLabel): boolean {
  const gap = 4;
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}
