/**
 * Exports of the current view: a PNG at twice the screen's scale with the legend and the
 * sources beside it, and an SVG (cytoscape-svg, loaded on demand) with the same legend.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { LegendEntry, LegendModel } from '../domain/legend';
import { LINE_DASH, type StanceLine } from '../domain/stances';

const SCALE = 2;
const LEGEND_WIDTH = 340;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

interface LegendLine {
  y: number;
  entry?: LegendEntry;
  heading?: string;
  text?: string;
}

/** Lays the legend out in lines; both exporters draw from this. */
function legendLines(model: LegendModel, credits: boolean): { lines: LegendLine[]; height: number } {
  const lines: LegendLine[] = [];
  let y = 28;
  for (const part of wrap(model.title, 40)) {
    lines.push({ y, heading: part });
    y += 18;
  }
  y += 8;
  for (const section of model.sections) {
    for (const part of wrap(section.heading, 44)) {
      lines.push({ y, heading: part });
      y += 18;
    }
    y += 2;
    for (const entry of section.entries) {
      lines.push({ y, entry });
      y += 20;
    }
    y += 8;
  }
  if (credits) {
    lines.push({ y, heading: 'Sources' });
    y += 18;
    for (const credit of model.credits) {
      for (const part of wrap(credit, 50)) {
        lines.push({ y, text: part });
        y += 15;
      }
      y += 4;
    }
  }
  return { lines, height: y + 12 };
}

function wrap(text: string, width: number): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if ((line + ' ' + word).trim().length > width && line) {
      out.push(line);
      line = word;
    } else {
      line = `${line} ${word}`.trim();
    }
  }
  if (line) out.push(line);
  return out;
}

function dash(line: StanceLine): number[] {
  return [...LINE_DASH[line]];
}

function drawShape(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number) {
  ctx.beginPath();
  if (shape === 'ellipse') ctx.arc(x, y, r, 0, Math.PI * 2);
  else if (shape === 'diamond') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
  } else if (shape === 'hexagon') {
    for (let i = 0; i < 6; i++)
      ctx.lineTo(x + r * Math.cos((Math.PI / 3) * i), y + r * Math.sin((Math.PI / 3) * i));
  } else if (shape === 'star') {
    for (let i = 0; i < 10; i++) {
      const rr = i % 2 ? r / 2.2 : r;
      const a = -Math.PI / 2 + (Math.PI / 5) * i;
      ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
    }
  } else if (shape === 'vee') {
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x, y - r / 3);
    ctx.lineTo(x + r, y - r);
    ctx.lineTo(x, y + r);
  } else ctx.rect(x - r, y - r, 2 * r, 2 * r);
  ctx.closePath();
  ctx.fill();
}

function drawLegend(ctx: CanvasRenderingContext2D, model: LegendModel, x0: number) {
  const { lines } = legendLines(model, true);
  for (const line of lines) {
    ctx.setLineDash([]);
    if (line.heading) {
      ctx.fillStyle = '#1d232b';
      ctx.font = `bold 13px ${FONT}`;
      ctx.fillText(line.heading, x0, line.y, LEGEND_WIDTH - 24);
    } else if (line.text) {
      ctx.fillStyle = '#56606c';
      ctx.font = `11px ${FONT}`;
      ctx.fillText(line.text, x0, line.y);
    } else if (line.entry) {
      const e = line.entry;
      const cy = line.y - 4;
      if (e.kind === 'actor') {
        ctx.fillStyle = e.color;
        drawShape(ctx, e.shape, x0 + 8, cy, 6);
      } else {
        ctx.strokeStyle = e.kind === 'relation' ? e.color : e.kind === 'contested' ? e.color : '#1d232b';
        ctx.lineWidth = e.kind === 'contested' ? 5 : 2;
        ctx.setLineDash(e.kind === 'line' ? dash(e.line) : []);
        ctx.beginPath();
        ctx.moveTo(x0, cy);
        ctx.lineTo(x0 + 18, cy);
        ctx.stroke();
      }
      ctx.fillStyle = '#1d232b';
      ctx.font = `12px ${FONT}`;
      ctx.fillText(e.label, x0 + 26, line.y);
    }
  }
}

export async function exportPng(cy: Core, model: LegendModel): Promise<Blob> {
  const graph = await cy.png({ output: 'blob-promise', scale: SCALE, full: false, bg: '#ffffff' });
  const image = await createImageBitmap(graph);
  const legendHeight = legendLines(model, true).height;
  const canvas = document.createElement('canvas');
  canvas.width = image.width + LEGEND_WIDTH * SCALE;
  canvas.height = Math.max(image.height, legendHeight * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw to a canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  ctx.strokeStyle = '#d9dde3';
  ctx.beginPath();
  ctx.moveTo(image.width + 0.5, 0);
  ctx.lineTo(image.width + 0.5, canvas.height);
  ctx.stroke();
  ctx.scale(SCALE, SCALE);
  drawLegend(ctx, model, image.width / SCALE + 16);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    ),
  );
}

let svgRegistered: Promise<void> | null = null;
function ensureSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((mod) => {
    cytoscape.use(mod.default);
  });
  return svgRegistered;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  );

function legendSvg(model: LegendModel, x0: number): string {
  const { lines } = legendLines(model, true);
  const parts: string[] = [];
  for (const line of lines) {
    if (line.heading) {
      parts.push(
        `<text x="${x0}" y="${line.y}" font-weight="bold" font-size="13">${escapeXml(line.heading)}</text>`,
      );
    } else if (line.text) {
      parts.push(
        `<text x="${x0}" y="${line.y}" font-size="11" fill="#56606c">${escapeXml(line.text)}</text>`,
      );
    } else if (line.entry) {
      const e = line.entry;
      const cy = line.y - 4;
      if (e.kind === 'actor') {
        parts.push(
          e.shape === 'ellipse'
            ? `<circle cx="${x0 + 8}" cy="${cy}" r="6" fill="${e.color}"/>`
            : `<rect x="${x0 + 2}" y="${cy - 6}" width="12" height="12" fill="${e.color}"${e.shape === 'diamond' ? ` transform="rotate(45 ${x0 + 8} ${cy})"` : ''}/>`,
        );
      } else {
        const color = e.kind === 'line' ? '#1d232b' : e.color;
        const dasharray =
          e.kind === 'line' && e.line !== 'solid' ? ` stroke-dasharray="${dash(e.line).join(' ')}"` : '';
        parts.push(
          `<line x1="${x0}" y1="${cy}" x2="${x0 + 18}" y2="${cy}" stroke="${color}" stroke-width="${e.kind === 'contested' ? 5 : 2}"${dasharray}/>`,
        );
      }
      parts.push(`<text x="${x0 + 26}" y="${line.y}" font-size="12">${escapeXml(e.label)}</text>`);
    }
  }
  return `<g font-family='${FONT}' fill="#1d232b">${parts.join('')}</g>`;
}

export async function exportSvg(cy: Core, model: LegendModel): Promise<Blob> {
  await ensureSvg();
  const svg = (cy as unknown as { svg: (o: object) => string }).svg({ scale: 1, full: false, bg: '#ffffff' });
  // Widen the drawing and put the legend to the right of the graph.
  const match = /<svg[^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svg);
  const width = Number(match?.[1] ?? cy.width());
  const height = Math.max(Number(match?.[2] ?? cy.height()), legendLines(model, true).height);
  const total = width + LEGEND_WIDTH;
  const opened = svg
    .replace(/width="[\d.]+"/, `width="${total}"`)
    .replace(/height="[\d.]+"/, `height="${height}"`)
    .replace(/viewBox="[^"]*"/, `viewBox="0 0 ${total} ${height}"`);
  const withLegend = opened.replace(
    /<\/svg>\s*$/,
    `<rect x="${width}" y="0" width="${LEGEND_WIDTH}" height="${height}" fill="#ffffff"/>${legendSvg(model, width + 16)}</svg>`,
  );
  return new Blob([withLegend], { type: 'image/svg+xml' });
}
