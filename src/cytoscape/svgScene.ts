/**
 * Our own SVG writer for the map as it is on screen (cytoscape-svg, the extension that did
 * this, is GPL-3.0 and cannot ship with MIT code). Two halves: pure functions that turn
 * plain shapes into SVG text (tested without a canvas), and `readScene`, which reads those
 * shapes from cytoscape's rendered state. Node and arrowhead outlines come from
 * swatchGeometry, so the export draws each shape as the graph and the legend do.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { arrowOutline, nodeOutline, type Point } from '../domain/swatchGeometry';
import type { MeasureText } from './layout/labelBox';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NodeShape {
  x: number;
  y: number;
  w: number;
  h: number;
  shape: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  /** The most a round rectangle's corner may round: cytoscape's 8 px, zoomed. */
  maxCorner: number;
}

export interface Arrow {
  shape: string;
  tip: Point;
  /** The direction the arrow points in (not necessarily of unit length). */
  towards: Point;
  /** Its depth and width in pixels (cytoscape's arrow space is scaled by this). */
  size: number;
}

export interface EdgeShape {
  /** Where the line starts, its quadratic control points (none when straight), where it ends. */
  from: Point;
  controls: readonly Point[];
  to: Point;
  color: string;
  width: number;
  dash: readonly number[];
  opacity: number;
  arrows: readonly Arrow[];
}

export interface TextShape {
  lines: readonly string[];
  /** The label's background as cytoscape draws it, padding included. */
  box: Box;
  fontSize: number;
  fontFamily: string;
  fontWeight: string;
  color: string;
  opacity: number;
  background: { color: string; opacity: number } | null;
  /** A line around the background (the stylesheet draws the count badges with one). */
  border: { color: string; width: number; opacity: number } | null;
  /** The background's corner radius; 0 for a square one. */
  corner: number;
  outline: { color: string; width: number } | null;
}

/** One element as cytoscape paints it: its body, then its label over it. */
export interface Drawn<T> {
  body: T;
  label: TextShape | null;
}

export interface Scene {
  width: number;
  height: number;
  edges: Drawn<EdgeShape>[];
  nodes: Drawn<NodeShape>[];
}

const r = (n: number) => Math.round(n * 100) / 100;

export const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  );

const opacityAttr = (opacity: number) => (opacity < 1 ? ` opacity="${r(opacity)}"` : '');

export function nodeSvg(n: NodeShape): string {
  const paint = `fill="${n.fill}"${n.fillOpacity < 1 ? ` fill-opacity="${r(n.fillOpacity)}"` : ''}${
    n.strokeWidth > 0 ? ` stroke="${n.stroke}" stroke-width="${r(n.strokeWidth)}"` : ''
  }${opacityAttr(n.opacity)}`;
  const outline = nodeOutline(n.shape);
  const rx = n.w / 2;
  const ry = n.h / 2;
  if (outline.kind === 'ellipse')
    return `<ellipse cx="${r(n.x)}" cy="${r(n.y)}" rx="${r(rx)}" ry="${r(ry)}" ${paint}/>`;
  if (outline.kind === 'round-rectangle') {
    // Cytoscape rounds a quarter of the shorter side, up to 8 px at zoom 1.
    const corner = Math.min(n.w / 4, n.h / 4, n.maxCorner);
    return `<rect x="${r(n.x - rx)}" y="${r(n.y - ry)}" width="${r(n.w)}" height="${r(n.h)}" rx="${r(corner)}" ${paint}/>`;
  }
  const points = outline.points.map(([px, py]) => `${r(n.x + px * rx)},${r(n.y + py * ry)}`).join(' ');
  return `<polygon points="${points}" ${paint}/>`;
}

/** An arrowhead's outline on the page: arrow space's +y turned along `towards`. */
function arrowSvg(a: Arrow, color: string): string {
  const length = Math.hypot(a.towards[0], a.towards[1]) || 1;
  const u: Point = [a.towards[0] / length, a.towards[1] / length];
  const v: Point = [-u[1], u[0]];
  const place = ([x, y]: Point): Point => [
    a.tip[0] + (y * u[0] + x * v[0]) * a.size,
    a.tip[1] + (y * u[1] + x * v[1]) * a.size,
  ];
  const outline = arrowOutline(a.shape);
  if (outline.kind === 'circle') {
    const [cx, cy] = place(outline.centre);
    return `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(outline.radius * a.size)}" fill="${color}"/>`;
  }
  const points = outline.points
    .map(place)
    .map(([x, y]) => `${r(x)},${r(y)}`)
    .join(' ');
  return `<polygon points="${points}" fill="${color}"/>`;
}

/** The line as cytoscape draws it: straight, or quadratic pieces through its control points. */
export function edgePath(from: Point, controls: readonly Point[], to: Point): string {
  let d = `M${r(from[0])},${r(from[1])}`;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const end: Point = next ? [(c[0] + next[0]) / 2, (c[1] + next[1]) / 2] : to;
    d += ` Q${r(c[0])},${r(c[1])} ${r(end[0])},${r(end[1])}`;
  });
  if (controls.length === 0) d += ` L${r(to[0])},${r(to[1])}`;
  return d;
}

export function edgeSvg(e: EdgeShape): string {
  const dash = e.dash.length ? ` stroke-dasharray="${e.dash.map(r).join(' ')}"` : '';
  const line = `<path d="${edgePath(e.from, e.controls, e.to)}" fill="none" stroke="${e.color}" stroke-width="${r(e.width)}"${dash}/>`;
  return `<g${opacityAttr(e.opacity)}>${line}${e.arrows.map((a) => arrowSvg(a, e.color)).join('')}</g>`;
}

export function textSvg(t: TextShape): string {
  const { box } = t;
  const parts: string[] = [];
  const fill = t.background && t.background.opacity > 0 ? t.background : null;
  if (fill || t.border) {
    const paint = `fill="${fill ? fill.color : 'none'}"${fill && fill.opacity < 1 ? ` fill-opacity="${r(fill.opacity)}"` : ''}${
      t.border
        ? ` stroke="${t.border.color}" stroke-width="${r(t.border.width)}"${t.border.opacity < 1 ? ` stroke-opacity="${r(t.border.opacity)}"` : ''}`
        : ''
    }`;
    parts.push(
      `<rect x="${r(box.x1)}" y="${r(box.y1)}" width="${r(box.x2 - box.x1)}" height="${r(box.y2 - box.y1)}"${t.corner > 0 ? ` rx="${r(t.corner)}"` : ''} ${paint}/>`,
    );
  }
  // Lines one font size apart, the block centred in the box as cytoscape centres it.
  const cx = (box.x1 + box.x2) / 2;
  const top = (box.y1 + box.y2) / 2 - (t.lines.length * t.fontSize) / 2;
  const outline = t.outline
    ? ` stroke="${t.outline.color}" stroke-width="${r(t.outline.width * 2)}" paint-order="stroke" stroke-linejoin="round"`
    : '';
  t.lines.forEach((line, i) => {
    const y = top + (i + 0.8) * t.fontSize;
    parts.push(`<text x="${r(cx)}" y="${r(y)}"${outline}>${escapeXml(line)}</text>`);
  });
  return `<g font-family="${escapeXml(t.fontFamily)}" font-size="${r(t.fontSize)}" font-weight="${t.fontWeight}" fill="${t.color}" text-anchor="middle"${opacityAttr(t.opacity)}>${parts.join('')}</g>`;
}

/**
 * A label's lines as cytoscape breaks them (its getLabelText), so the export wraps where the
 * canvas does: a line is only broken when it is too wide as a whole, and each trial line is
 * measured with the space after its word, except after the line's last word. A general
 * word wrap (labelBox's wrapLines) breaks a word earlier or later near the limit.
 */
export function wrapAsCytoscape(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (width(line) <= maxWidth) {
      lines.push(line);
      continue;
    }
    const words = line.split(/[\s\u200b]+/);
    let current = '';
    words.forEach((word, i) => {
      const separator = i < words.length - 1 ? ' ' : '';
      const trial = current ? current + word + separator : word;
      if (width(trial) <= maxWidth) {
        current += word + separator;
      } else {
        if (current) lines.push(current.trimEnd());
        current = word + separator;
      }
    });
    if (current.trim()) lines.push(current.trimEnd());
  }
  return lines;
}

const drawn =
  <T>(draw: (body: T) => string) =>
  ({ body, label }: Drawn<T>) =>
    draw(body) + (label ? textSvg(label) : '');

/**
 * The scene as the inside of an SVG drawing: a white ground, relations, then actors, each
 * label straight after its element as the canvas paints them, so an actor covers the count
 * badge of a relation under it, as on screen.
 */
export function sceneSvg(scene: Scene): string {
  return [
    `<rect x="0" y="0" width="${scene.width}" height="${scene.height}" fill="#ffffff"/>`,
    `<g class="relations">${scene.edges.map(drawn(edgeSvg)).join('')}</g>`,
    `<g class="actors">${scene.nodes.map(drawn(nodeSvg)).join('')}</g>`,
  ].join('');
}

// ---- Reading the scene from cytoscape ----------------------------------------------------

const num = (value: string) => Number.parseFloat(value) || 0;
/** A style property as cytoscape resolved it for the element, as text. */
const css = (ele: NodeSingular | EdgeSingular, name: string): string => String(ele.style(name) ?? '');
const point = (p: { x: number; y: number }): Point => [p.x, p.y];

const overlaps = (b: Box, width: number, height: number) =>
  b.x2 >= 0 && b.y2 >= 0 && b.x1 <= width && b.y1 <= height;

/** How big cytoscape draws an arrowhead for a line of this width (its getArrowWidth), zoomed. */
function arrowSize(lineWidth: number, arrowScale: number, zoom: number): number {
  return Math.max(Math.pow(lineWidth * 13.37, 0.9), 29) * arrowScale * zoom;
}

function edgeShape(edge: EdgeSingular, zoom: number): EdgeShape {
  const from = point(edge.renderedSourceEndpoint());
  const to = point(edge.renderedTargetEndpoint());
  const curve = css(edge, 'curve-style');
  // Cytoscape's typings promise an array; for a line without control points it gives none.
  const drawn: { x: number; y: number }[] | undefined =
    curve === 'straight' || curve === 'haystack' ? undefined : edge.renderedControlPoints();
  const controls = (drawn ?? []).map(point);
  const width = num(css(edge, 'width'));
  const style = css(edge, 'line-style');
  const dash =
    style === 'dashed'
      ? css(edge, 'line-dash-pattern')
          .split(/[\s,]+/)
          .map(Number)
          .filter(Number.isFinite)
          .map((n) => n * zoom)
      : style === 'dotted'
        ? [1 * zoom, 3 * zoom]
        : [];
  const scale = num(css(edge, 'arrow-scale')) || 1;
  const size = arrowSize(width, scale, zoom);
  const arrows: Arrow[] = [];
  const before = controls.at(-1) ?? from;
  const after = controls[0] ?? to;
  const target = css(edge, 'target-arrow-shape');
  if (target && target !== 'none')
    arrows.push({ shape: target, tip: to, towards: [to[0] - before[0], to[1] - before[1]], size });
  const source = css(edge, 'source-arrow-shape');
  if (source && source !== 'none')
    arrows.push({ shape: source, tip: from, towards: [from[0] - after[0], from[1] - after[1]], size });
  return {
    from,
    controls,
    to,
    color: css(edge, 'line-color'),
    width: width * zoom,
    dash,
    opacity: edge.effectiveOpacity(),
    arrows,
  };
}

function nodeShape(node: NodeSingular, zoom: number): NodeShape {
  const position = node.renderedPosition();
  return {
    x: position.x,
    y: position.y,
    w: node.renderedWidth(),
    h: node.renderedHeight(),
    shape: css(node, 'shape'),
    fill: css(node, 'background-color'),
    fillOpacity: num(css(node, 'background-opacity')),
    stroke: css(node, 'border-color'),
    strokeWidth: num(css(node, 'border-width')) * zoom,
    opacity: node.effectiveOpacity(),
    maxCorner: 8 * zoom,
  };
}

function labelShape(ele: NodeSingular | EdgeSingular, zoom: number, measure: MeasureText): TextShape | null {
  const text = css(ele, 'label');
  const textOpacity = num(css(ele, 'text-opacity'));
  if (!text.trim() || textOpacity === 0) return null;
  const b = ele.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  if (!(b.w > 0 && b.h > 0)) return null;
  const fontSize = num(css(ele, 'font-size')) * zoom;
  const fontFamily = css(ele, 'font-family');
  const fontWeight = css(ele, 'font-weight');
  // Cytoscape wraps at the unzoomed size, so the same words share a line at every zoom.
  const font = `${fontWeight} ${css(ele, 'font-style')} ${num(css(ele, 'font-size'))}px ${fontFamily}`;
  const maxWidth = num(css(ele, 'text-max-width'));
  const lines =
    css(ele, 'text-wrap') === 'wrap' && maxWidth > 0
      ? wrapAsCytoscape(text, maxWidth, (t) => Math.ceil(measure(t, font)))
      : text.split('\n');
  const background = num(css(ele, 'text-background-opacity'));
  const outline = num(css(ele, 'text-outline-width'));
  const borderWidth = num(css(ele, 'text-border-width'));
  const borderOpacity = num(css(ele, 'text-border-opacity'));
  // The label's bounding box is its background grown by the outline or half the border,
  // whichever is wider, and 2 px more "for browser inaccuracies" (cytoscape's label bounds).
  const inset = (Math.max(outline, borderWidth / 2) + 2) * zoom;
  const shape = css(ele, 'text-background-shape');
  return {
    lines,
    box: { x1: b.x1 + inset, y1: b.y1 + inset, x2: b.x2 - inset, y2: b.y2 - inset },
    fontSize,
    fontFamily,
    fontWeight,
    color: css(ele, 'color'),
    opacity: ele.effectiveOpacity() * textOpacity,
    background: background > 0 ? { color: css(ele, 'text-background-color'), opacity: background } : null,
    border:
      borderWidth > 0 && borderOpacity > 0
        ? { color: css(ele, 'text-border-color'), width: borderWidth * zoom, opacity: borderOpacity }
        : null,
    corner: shape === 'roundrectangle' || shape === 'round-rectangle' ? 2 * zoom : 0,
    outline: outline > 0 ? { color: css(ele, 'text-outline-color'), width: outline * zoom } : null,
  };
}

const byZ = <T extends NodeSingular | EdgeSingular>(a: T, b: T) =>
  num(css(a, 'z-index')) - num(css(b, 'z-index'));

/** What the canvas shows now, in the canvas's own pixels; elements out of view are left out. */
export function readScene(cy: Core, measure: MeasureText): Scene {
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const inView = (ele: NodeSingular | EdgeSingular) => {
    const b = ele.renderedBoundingBox({ includeLabels: true });
    return overlaps({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 }, width, height) && ele.effectiveOpacity() > 0;
  };
  const edges = cy.edges(':visible').filter(inView).sort(byZ);
  const nodes = cy.nodes(':visible').filter(inView).sort(byZ);
  return {
    width,
    height,
    edges: edges.map((e: EdgeSingular) => ({
      body: edgeShape(e, zoom),
      label: labelShape(e, zoom, measure),
    })),
    nodes: nodes.map((n: NodeSingular) => ({
      body: nodeShape(n, zoom),
      label: labelShape(n, zoom, measure),
    })),
  };
}
