/**
 * A readable, repeatable layout. fcose (force-directed, loaded on demand) with Math.random
 * replaced by a seeded generator for the duration of the run, so the same dataset gives
 * the same picture on every load: a presenter's map must not shuffle. Saved positions in
 * the dataset win over any layout.
 */
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

export async function runLayout(cy: Core, hasSavedPositions: boolean): Promise<void> {
  if (hasSavedPositions) {
    cy.layout({ name: 'preset', fit: true, padding: 30 }).run();
    return;
  }
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
}
