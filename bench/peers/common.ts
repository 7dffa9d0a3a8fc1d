/**
 * What the peer pages share: how they get a dataset (the bundled Belarus file, or the same
 * files the harness hands the app's file input), how they turn it into plain nodes and edges
 * (no validation, no styling: that is app code), and the marks the harness reads.
 */
import './peer.css';

export interface PeerNode {
  id: string;
  label: string;
  type: string;
  degree: number;
  position?: { x: number; y: number };
}

export interface PeerEdge {
  id: string;
  source: string;
  target: string;
  label: string;
}

export interface PeerGraph {
  nodes: PeerNode[];
  edges: PeerEdge[];
}

/** Marks the harness reads, named like the app's lm:* marks. */
export function mark(
  name: 'data-start' | 'data-ready' | 'elements-built' | 'layout-start' | 'layout-end' | 'graph-drawn',
) {
  performance.mark(`bench:${name}`);
}

const params = new URLSearchParams(window.location.search);
/** ?layout=fresh: lay out afresh, as the app does with the same parameter. */
export const fresh = params.get('layout') === 'fresh';

/** The graph's box, sized like the app's canvas (?w=&h=) so both draw the same number of pixels. */
export function graphContainer(): HTMLElement {
  const element = document.getElementById('graph');
  if (!element) throw new Error('the page has no #graph element');
  element.style.width = `${Number(params.get('w') ?? 900)}px`;
  element.style.height = `${Number(params.get('h') ?? 500)}px`;
  return element;
}

/** The dataset's JSON text: the bundled Belarus file (?data=belarus) or the picked .json file. */
export async function datasetText(): Promise<string> {
  if (params.get('data') === 'belarus') {
    mark('data-start');
    const module = await import('../../graph-data/belarus/dataset.json?raw');
    return module.default;
  }
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('the page has no file input');
  return new Promise((resolve, reject) => {
    input.addEventListener('change', () => {
      const file = Array.from(input.files ?? []).find((f) => f.name.endsWith('.json'));
      if (file) file.text().then(resolve, reject);
      else reject(new Error('no .json file picked'));
    });
  });
}

interface RawDataset {
  actors: { id: string; label: string; type: string; parent?: string }[];
  relations: { id: string; source: string; target: string; label: string }[];
  positions?: Record<string, { x: number; y: number }>;
}

/** Nodes and edges as the app draws them: actors, relations and "part of" links. */
export function toPeerGraph(text: string): PeerGraph {
  const raw = JSON.parse(text) as RawDataset;
  const degree = new Map<string, number>();
  for (const r of raw.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const ids = new Set(raw.actors.map((a) => a.id));
  const nodes = raw.actors.map((a) => {
    const position = raw.positions?.[a.id];
    return {
      id: a.id,
      label: a.label,
      type: a.type,
      degree: degree.get(a.id) ?? 0,
      ...(position ? { position } : {}),
    };
  });
  const partOf = raw.actors
    .filter((a) => a.parent !== undefined && ids.has(a.parent))
    .map((a) => ({ id: `part-of:${a.id}`, source: a.id, target: a.parent!, label: '' }));
  const edges = raw.relations.map(({ id, source, target, label }) => ({ id, source, target, label }));
  return { nodes, edges: [...partOf, ...edges] };
}

/** Marks the first frame on screen once `drawn()` says the renderer has drawn, polling each frame. */
export function markWhenDrawn(container: HTMLElement, drawn: () => boolean) {
  const poll = () => {
    if (drawn()) {
      mark('graph-drawn');
      container.setAttribute('data-graph-ready', 'true');
    } else {
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);
}

/**
 * markWhenDrawn for a cytoscape instance: its renderer's redraw counter (not in its typings,
 * but stable across 3.x; the app reads the same) says when the first frame is on screen.
 */
export function markWhenCytoscapeDrawn(container: HTMLElement, cy: unknown) {
  const renderer = (cy as { renderer: () => { redrawCount?: number } | undefined }).renderer();
  markWhenDrawn(container, () => (renderer?.redrawCount ?? 0) > 0);
}

/** Shows an error where the harness looks for it, instead of failing silently. */
export function reportError(error: unknown) {
  document.body.setAttribute('data-error', error instanceof Error ? error.message : String(error));
  console.error(error);
}
