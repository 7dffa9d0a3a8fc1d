import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/lib/generate';
import { loadDatasetFile } from '../../scripts/lib/readDataset';
import { computeLayout, DRAFT_LAYOUT_FROM } from '../../src/cytoscape/layout/computeLayout';
import { estimateText, labelBox } from '../../src/cytoscape/layout/labelBox';
import { layoutRequest, type LayoutRequest } from '../../src/cytoscape/layout/layoutRequest';
import { labelScale, nodeLabelFont, nodeLabelShown } from '../../src/cytoscape/labelFonts';
import { fitViewport, minZoomFor } from '../../src/cytoscape/layout/viewport';
import { buildIndex } from '../../src/domain/graphIndex';
import { Dataset } from '../../src/domain/schema';

async function belarusRequest(): Promise<LayoutRequest> {
  const result = await loadDatasetFile('graph-data/belarus/dataset.json');
  if (!result.ok) throw new Error('the Belarus dataset does not load');
  return layoutRequest(result.dataset, buildIndex(result.dataset, result.spans), 'standard', {
    width: 670,
    height: 668,
  });
}

/** Each actor's shape with its label below, at the size the labels have at the opening zoom. */
function boxes(request: LayoutRequest, positions: Record<string, { x: number; y: number }>) {
  const points = Object.values(positions);
  const zoom = fitViewport(points, request.width, request.height, 30, minZoomFor(points, 670, 668)).zoom;
  const scale = labelScale(zoom);
  return request.nodes.map((n) => {
    const label = nodeLabelShown('standard', n.tier, zoom)
      ? labelBox(n.label, nodeLabelFont('standard', n.tier), estimateText)
      : { w: 0, h: 0 };
    const { x, y } = positions[n.id]!;
    const w = Math.max(n.size, label.w * scale);
    return { x1: x - w / 2, x2: x + w / 2, y1: y - n.size / 2, y2: y + n.size / 2 + label.h * scale };
  });
}

describe('computeLayout', () => {
  it('places every actor, the same way on every run', async () => {
    const request = await belarusRequest();
    const first = computeLayout(request, estimateText);
    expect(Object.keys(first).sort()).toEqual(request.nodes.map((n) => n.id).sort());
    for (const { x, y } of Object.values(first)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(computeLayout(request, estimateText)).toEqual(first);
  });

  it('leaves no actor or label on top of another at the zoom the map opens at', async () => {
    const request = await belarusRequest();
    const placed = boxes(request, computeLayout(request, estimateText));
    const clashes = placed.flatMap((a, i) =>
      placed.slice(i + 1).filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
    );
    expect(clashes).toEqual([]);
  });

  it(`lays out maps of more than ${DRAFT_LAYOUT_FROM} actors with the fast pass, apart`, () => {
    const { dataset: input } = generateDataset({ actors: DRAFT_LAYOUT_FROM + 100, seed: 7 });
    const dataset = Dataset.parse(input);
    const request = layoutRequest(dataset, buildIndex(dataset, []), 'large', { width: 670, height: 668 });
    const positions = computeLayout(request, estimateText);
    const distinct = new Set(Object.values(positions).map(({ x, y }) => `${x},${y}`));
    expect(distinct.size).toBe(dataset.actors.length);
  }, 30_000);
});
