/**
 * The README's chart: first paint (saved positions) against the map's size, for the app and
 * each peer, on log–log axes, as a small self-contained SVG. A contender that drew nothing
 * within the cap is drawn at the cap with an open marker, labelled "timed out".
 */
import type { Contender } from './measureRun';
import type { Cell } from './results';

export interface SizedWorkload {
  id: string;
  actors: number;
}

const COLOURS: Record<Contender, string> = {
  app: '#0b57d0',
  cytoscape: '#6b6b6b',
  'cytoscape-styled': '#b06000',
  sigma: '#1e8e3e',
};
const NAMES: Record<Contender, string> = {
  app: 'Leverage Map',
  cytoscape: 'cytoscape, plain',
  'cytoscape-styled': 'cytoscape, styled as the app',
  sigma: 'sigma.js (WebGL)',
};

const WIDTH = 700;
const HEIGHT = 360;
const MARGIN = { left: 64, right: 210, top: 20, bottom: 44 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function logScale(min: number, max: number, from: number, to: number) {
  const a = Math.log10(min);
  const b = Math.log10(max);
  return (value: number) => from + ((Math.log10(value) - a) / (b - a)) * (to - from);
}

/** Powers of ten and their halves between min and max: 100, 300, 1,000, 3,000… */
function ticks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) {
    for (const m of [1, 3]) {
      const v = m * 10 ** p;
      if (v >= min && v <= max) out.push(v);
    }
  }
  return out;
}

const format = (v: number) => v.toLocaleString('en-GB');

export function firstPaintChart(cells: readonly Cell[], workloads: readonly SizedWorkload[]): string {
  const sized = [...workloads].sort((a, b) => a.actors - b.actors);
  const points = new Map<Contender, { actors: number; ms: number; timedOut: boolean }[]>();
  for (const cell of cells) {
    if (cell.variant !== 'saved') continue;
    const workload = sized.find((w) => w.id === cell.workload);
    if (!workload) continue;
    const median = cell.metrics.first_paint_ms?.median;
    const timeout = cell.failures.find((f) => f.timedOut);
    const point =
      median !== undefined
        ? { actors: workload.actors, ms: median, timedOut: false }
        : timeout
          ? { actors: workload.actors, ms: timeout.afterMs, timedOut: true }
          : null;
    if (!point) continue;
    const list = points.get(cell.contender) ?? [];
    list.push(point);
    points.set(cell.contender, list);
  }
  const all = [...points.values()].flat();
  if (all.length === 0) throw new Error('no first paint to chart');
  const xMin = Math.min(...all.map((p) => p.actors)) / 1.5;
  const xMax = Math.max(...all.map((p) => p.actors)) * 1.5;
  const yMin = Math.max(10, Math.min(...all.map((p) => p.ms)) / 1.5);
  const yMax = Math.max(...all.map((p) => p.ms)) * 1.5;
  const x = logScale(xMin, xMax, MARGIN.left, WIDTH - MARGIN.right);
  const y = logScale(yMin, yMax, HEIGHT - MARGIN.bottom, MARGIN.top);

  const parts: string[] = [];
  for (const v of ticks(yMin, yMax)) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e3e6ea"/>`,
      `<text x="${MARGIN.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${format(v)}</text>`,
    );
  }
  for (const w of sized) {
    parts.push(
      `<text x="${x(w.actors).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${escape(w.id)} · ${format(w.actors)}</text>`,
    );
  }
  parts.push(
    `<text x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${HEIGHT - 6}" text-anchor="middle">actors (log scale)</text>`,
    `<text transform="translate(14 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)" text-anchor="middle">first paint, ms (log scale)</text>`,
  );
  let legendY = MARGIN.top + 8;
  for (const [contender, list] of points) {
    const colour = COLOURS[contender];
    const sorted = [...list].sort((a, b) => a.actors - b.actors);
    const path = sorted.map((p, i) => `${i ? 'L' : 'M'}${x(p.actors).toFixed(1)} ${y(p.ms).toFixed(1)}`);
    parts.push(`<path d="${path.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const p of sorted) {
      const fill = p.timedOut ? '#fff' : colour;
      parts.push(
        `<circle cx="${x(p.actors).toFixed(1)}" cy="${y(p.ms).toFixed(1)}" r="4" fill="${fill}" stroke="${colour}" stroke-width="2"><title>${escape(NAMES[contender])}, ${format(p.actors)} actors: ${p.timedOut ? 'timed out after' : ''} ${format(Math.round(p.ms))} ms</title></circle>`,
      );
      if (p.timedOut)
        parts.push(
          `<text x="${(x(p.actors) + 7).toFixed(1)}" y="${(y(p.ms) + 4).toFixed(1)}" fill="${colour}">timed out</text>`,
        );
    }
    const lx = WIDTH - MARGIN.right + 16;
    parts.push(
      `<line x1="${lx}" x2="${lx + 18}" y1="${legendY}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${lx + 24}" y="${legendY + 4}">${escape(NAMES[contender])}</text>`,
    );
    legendY += 20;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, sans-serif" font-size="11" fill="#1d232b" role="img" aria-label="First paint against map size, saved positions">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
