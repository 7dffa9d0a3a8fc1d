/**
 * The layout itself: fcose (force-directed) on a headless cytoscape, with each actor's box
 * enlarged by its label, then overlapping actors pushed apart at the size their labels will
 * have at the zoom the map is first shown at. Runs in a worker (layoutWorker.ts) so that the
 * page stays responsive; plain data in, positions out, so it is also tested directly.
 */
import cytoscape, { type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Position } from '../../domain/schema';
import { labelScale, nodeLabelFont, nodeLabelShown } from '../labelFonts';
import { labelBox, type MeasureText, type Size } from './labelBox';
import type { LayoutNode, LayoutRequest } from './layoutRequest';
import { removeOverlaps, type Box } from './overlap';
import { withSeededRandom } from './seededRandom';
import { fitViewport, minZoomFor } from './viewport';

cytoscape.use(fcose);

/**
 * Above this many actors fcose runs its fast spectral pass only ("draft"): its force
 * refinement grows with the square of the map and takes minutes on 5,000 actors.
 */
export const DRAFT_LAYOUT_FROM = 1500;

const PADDING = 30;

export function computeLayout(request: LayoutRequest, measure: MeasureText): Record<string, Position> {
  const labels = new Map<string, Size>(
    request.nodes.map((n) => [n.id, labelBox(n.label, nodeLabelFont(request.mode, n.tier), measure)]),
  );
  const nodes = new Map(request.nodes.map((n) => [n.id, n]));
  const positions = forceDirected(request, labels);
  // Labels keep their size on screen in standard mode, and which are shown depends on the
  // zoom, so their room in the model depends on the zoom, which depends on where the actors
  // end up: settle it in a few rounds, until the zoom stops moving.
  let zoom = Infinity;
  for (let round = 0; round < 5; round++) {
    const points = [...positions.values()];
    const next = fitViewport(
      points,
      request.width,
      request.height,
      PADDING,
      minZoomFor(points, request.width, request.height),
    ).zoom;
    if (Math.abs(next - zoom) / next < 0.01) break;
    zoom = next;
    const scale = request.mode === 'standard' ? labelScale(zoom) : 1;
    const shown = (id: string) => {
      const node = nodes.get(id);
      return node !== undefined && nodeLabelShown(request.mode, node.tier, zoom);
    };
    separate(positions, nodes, labels, scale, shown);
  }
  const out: Record<string, Position> = {};
  for (const [id, { x, y }] of positions) out[id] = { x: round1(x), y: round1(y) };
  return out;
}

function forceDirected(request: LayoutRequest, labels: ReadonlyMap<string, Size>): Map<string, Position> {
  // Each node stands for its shape with its label below: fcose keeps those boxes apart.
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...request.nodes.map((n) => {
        const label = labels.get(n.id)!;
        return { data: { id: n.id, w: Math.max(n.size, label.w), h: n.size + label.h, shift: label.h / 2 } };
      }),
      ...request.edges.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  // How many distinct actors each is linked to (the request has one edge a pair): hubs by
  // reach, not by relation count. Counted once here; fcose asks for every edge and node.
  const reach = new Map<string, number>();
  for (const [a, b] of request.edges) {
    reach.set(a, (reach.get(a) ?? 0) + 1);
    reach.set(b, (reach.get(b) ?? 0) + 1);
  }
  const neighbours = (node: NodeSingular) => reach.get(node.id()) ?? 0;
  withSeededRandom(request.seed, () => {
    cy.layout({
      name: 'fcose',
      quality: request.nodes.length > DRAFT_LAYOUT_FROM ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      // Leaves sit close to their hub; edges between busier actors get room for labels.
      idealEdgeLength: (edge: EdgeSingular) => {
        const lesser = Math.min(neighbours(edge.source()), neighbours(edge.target()));
        if (lesser <= 1) return 60;
        return lesser >= 8 ? 280 : 130;
      },
      // Hubs push harder, so the main actors spread out instead of piling up in the middle.
      nodeRepulsion: (node: NodeSingular) => 8000 * (1 + Math.min(neighbours(node), 40) / 4),
      edgeElasticity: 0.45,
      gravity: 0.3,
      gravityRange: 2.5,
      nodeSeparation: 60,
      numIter: 2500,
      packComponents: true,
    } as LayoutOptions).run();
  });
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    // From the centre of the box back to the centre of the shape above its label.
    positions.set(node.id(), { x, y: y - (node.data('shift') as number) });
  });
  cy.destroy();
  return positions;
}

/** Pushes apart actors whose shapes or shown labels (at `scale`) overlap. */
function separate(
  positions: Map<string, Position>,
  nodes: ReadonlyMap<string, LayoutNode>,
  labels: ReadonlyMap<string, Size>,
  scale: number,
  shown: (id: string) => boolean,
) {
  const sizeOf = (id: string) => nodes.get(id)?.size ?? 0;
  const boxes: Box[] = [...positions].map(([id, { x, y }]) => {
    const size = sizeOf(id);
    const label = shown(id) ? (labels.get(id) ?? { w: 0, h: 0 }) : { w: 0, h: 0 };
    const h = size + label.h * scale;
    return { id, x, y: y - size / 2 + h / 2, hw: Math.max(size, label.w * scale) / 2, hh: h / 2 };
  });
  removeOverlaps(boxes);
  for (const box of boxes) positions.set(box.id, { x: box.x, y: box.y - box.hh + sizeOf(box.id) / 2 });
}

const round1 = (v: number) => Math.round(v * 10) / 10;
