/**
 * A readable, repeatable layout. fcose (force-directed, loaded on demand) with Math.random
 * replaced by a seeded generator for the duration of the run, so the same dataset gives
 * the same picture on every load: a presenter's map must not shuffle. Saved positions in
 * the dataset win over any layout.
 */
import { removeOverlaps, type Box } from './overlap';
import { applyZoomStyle } from './zoomStyle';
import type { Dataset, Position } from '../domain/schema';
import cytoscape, { type Core, type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';

/** Mulberry32: small, fast, good enough for layout jitter. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

let fcoseRegistered: Promise<void> | null = null;
function ensureFcose(): Promise<void> {
  fcoseRegistered ??= import('cytoscape-fcose').then((mod) => {
    cytoscape.use(mod.default);
  });
  return fcoseRegistered;
}

export const LAYOUT_SEED = 1;

/** How many distinct actors a node is linked to: hubs by reach, not by relation count. */
function neighbours(node: NodeSingular): number {
  return node.neighborhood('node').length;
}

/** The dataset's saved positions when every actor has one; otherwise null (lay out afresh). */
export function savedPositions(dataset: Dataset): Record<string, Position> | null {
  const positions = dataset.positions;
  if (!positions || !dataset.actors.every((a) => positions[a.id])) return null;
  return positions;
}

/** The zoom at which points fit a w×h box with padding, as cytoscape's fit would give it. */
export function fitZoom(points: readonly Position[], width: number, height: number, padding: number): number {
  if (points.length === 0 || width <= 0 || height <= 0) return 1;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const w = Math.max(1, Math.max(...xs) - Math.min(...xs));
  const h = Math.max(1, Math.max(...ys) - Math.min(...ys));
  return Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
}

/** Zoom and pan that centre points in a w×h box, like cytoscape's fit but without labels. */
export function fitViewport(points: readonly Position[], width: number, height: number, padding: number) {
  const zoom = Math.min(4, Math.max(0.15, fitZoom(points, width, height, padding)));
  if (points.length === 0) return { zoom, pan: { x: width / 2, y: height / 2 } };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } };
}

export async function runLayout(cy: Core): Promise<void> {
  await ensureFcose();
  if (cy.destroyed()) return;
  // Many relations between two hubs would pull them onto each other: lay out one edge a pair.
  const seen = new Set<string>();
  const oneEdgePerPair = cy.edges().filter((edge) => {
    const key = [edge.source().id(), edge.target().id()].sort().join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  withSeededRandom(LAYOUT_SEED, () => {
    cy.nodes()
      .union(oneEdgePerPair)
      .layout({
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        animate: false,
        fit: true,
        padding: 30,
        nodeDimensionsIncludeLabels: true,
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
      } as LayoutOptions)
      .run();
  });
  // Labels keep their size on screen, so their size in the model depends on the zoom: style
  // them for the zoom the map will be shown at before pushing overlapping actors apart.
  for (let pass = 0; pass < 2; pass++) {
    cy.fit(cy.elements(), 30);
    applyZoomStyle(cy);
    separateOverlaps(cy);
  }
  cy.fit(cy.elements(), 30);
}

/** Moves apart actors whose shapes or labels overlap after the force-directed pass. */
function separateOverlaps(cy: Core) {
  const nodes = cy.nodes();
  // Boxes are centred on the node and its label together; remember each node's offset from that.
  const offset = new Map<string, number>();
  const boxes: Box[] = nodes.map((node) => {
    const bb = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const centreY = (bb.y1 + bb.y2) / 2;
    offset.set(node.id(), centreY - node.position('y'));
    return { id: node.id(), x: (bb.x1 + bb.x2) / 2, y: centreY, hw: bb.w / 2, hh: bb.h / 2 };
  });
  removeOverlaps(boxes);
  cy.batch(() => {
    for (const box of boxes) {
      cy.getElementById(box.id).position({ x: box.x, y: box.y - (offset.get(box.id) ?? 0) });
    }
  });
}
