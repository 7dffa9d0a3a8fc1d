/**
 * Exports of the current view: a PNG at twice the screen's scale with the legend and the
 * sources beside it, and an SVG drawn by our own writer (svgScene.ts) with the same legend.
 */
import type { Core } from 'cytoscape';
import type { LegendEntry, LegendModel } from '../domain/legend';
import { nodeOutline } from '../domain/swatchGeometry';
import { LINE_DASH, type StanceLine } from '../domain/stances';
import { estimateText, type MeasureText } from './layout/labelBox';
import { escapeXml, nodeSvg, readScene, sceneSvg } from './svgScene';

// What the legend of an exported image lists comes with the exporters: drawing the map
// does not need it.
export { legendModel } from '../domain/legend';

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

/** An actor's shape on the PNG's legend, from the outlines the graph draws (swatchGeometry). */
function drawShape(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number) {
  const outline = nodeOutline(shape);
  ctx.beginPath();
  if (outline.kind === 'ellipse') ctx.arc(x, y, r, 0, Math.PI * 2);
  else if (outline.kind === 'round-rectangle') ctx.roundRect(x - r, y - r, 2 * r, 2 * r, r / 2);
  else outline.points.forEach(([px, py]) => ctx.lineTo(x + px * r, y + py * r));
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
          nodeSvg({
            x: x0 + 8,
            y: cy,
            w: 12,
            h: 12,
            shape: e.shape,
            fill: e.color,
            fillOpacity: 1,
            stroke: '#ffffff',
            strokeWidth: 0,
            opacity: 1,
            maxCorner: 8,
          }),
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

/** Text widths for wrapping labels as the canvas wraps them. */
function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!context) return estimateText(text, font);
    context.font = font;
    return context.measureText(text).width;
  };
}

export function exportSvg(cy: Core, model: LegendModel): Promise<Blob> {
  const scene = readScene(cy, canvasMeasure());
  const width = Math.round(scene.width);
  const height = Math.max(Math.round(scene.height), legendLines(model, true).height);
  const total = width + LEGEND_WIDTH;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${height}" viewBox="0 0 ${total} ${height}">`,
    `<title>${escapeXml(model.title)}</title>`,
    `<rect x="0" y="0" width="${total}" height="${height}" fill="#ffffff"/>`,
    sceneSvg(scene),
    `<line x1="${width + 0.5}" y1="0" x2="${width + 0.5}" y2="${height}" stroke="#d9dde3"/>`,
    legendSvg(model, width + 16),
    '</svg>',
  ].join('');
  return Promise.resolve(new Blob([svg], { type: 'image/svg+xml' }));
}
