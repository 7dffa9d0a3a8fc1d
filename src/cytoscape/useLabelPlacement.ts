/**
 * Keeps the labels of a map drawn in full from covering one another (see labelPlacement.ts):
 * after each zoom, pan, selection, filter or move has settled, works out where each label
 * goes and puts the answer on the canvas as classes (label-top, label-right, label-left,
 * label-off) and, for a relation's label slid along its line, a text margin. Large maps keep
 * cytoscape's own culling of small labels: placing thousands would cost more than it shows.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import {
  cssFont,
  labelScale,
  nodeLabelFont,
  nodeLabelShown,
  STANDARD_LABEL,
  type LabelTier,
} from './labelFonts';
import { labelBox, type MeasureText } from './layout/labelBox';
import { placeLabels, type Box, type LabelItem, type Placement } from './labelPlacement';
import { hasFewRelations, renderModeOf } from './renderMode';
import { edgeLabelsShown, SHOW_TIER_2_FROM } from './labelFonts';
import { isLive } from './isLive';

/** Settles after the stylesheet has been rebuilt for a new zoom (useZoomLabels). */
const PLACE_AFTER_MS = 160;

/** Actors and relations that must be read whatever the crowding, by class. */
const SINGLED_OUT = ['is-selected', 'path-actor', 'path-hop', 'incident', 'story-highlight', 'story-shown'];
/**
 * Room added around each label (at zoom 1) for what cytoscape draws beyond the text: its
 * background's padding and border, and a hair of space between neighbours.
 */
const SLACK = 8;

/** Actors with this many relations are named at any zoom. */
export const ALWAYS_NAMED_DEGREE = 5;
/**
 * The busiest actors shown, named even far out (a whole map in a small window), where the
 * other hubs wait for the zoom: the main players must be readable at a glance.
 */
const MAIN_PLAYERS = 8;

/** The relations of the MAIN_PLAYERS-th busiest actor shown. */
function mainPlayerDegree(cy: Core): number {
  const degrees = cy.nodes(':visible').map((node) => Number(node.data('degree') ?? 0));
  degrees.sort((a, b) => b - a);
  return degrees[Math.min(MAIN_PLAYERS, degrees.length) - 1] ?? Infinity;
}

const SIDE_CLASSES = ['label-top', 'label-right', 'label-left', 'label-off'] as const;

function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else width = text.length * 6;
      cache.set(key, width);
    }
    return width;
  };
}

const singledOut = (ele: NodeSingular | EdgeSingular) => SINGLED_OUT.some((c) => ele.hasClass(c));

/**
 * The labels to place, in order of who wins a contested place, and the actors too far out
 * to be named at this zoom unless singled out (the quieter ones, see nodeLabelShown).
 */
function labelItems(cy: Core, measure: MeasureText): { items: LabelItem[]; unread: string[] } {
  const unread: string[] = [];
  const zoom = cy.zoom();
  const scale = labelScale(zoom);
  const nodes: { item: LabelItem; rank: number; degree: number }[] = [];
  const mainPlayer = mainPlayerDegree(cy);
  cy.nodes(':visible').forEach((node) => {
    if (node.hasClass('arrange-out')) return;
    const label = String(node.data('label') ?? '');
    if (!label) return;
    const tier: LabelTier = node.hasClass('tier-1') ? 1 : node.hasClass('tier-2') ? 2 : 3;
    const degree = Number(node.data('degree') ?? 0);
    const special = singledOut(node);
    // Every neighbour of a busy actor cannot always be named without overlap: they come first,
    // but a crowded one waits for the zoom (or "Arrange around"); the rest must be named.
    // Far out (a small window showing a whole map) even hubs can crowd: the lesser ones wait,
    // but the main players are named, placed busiest first, each where no label is yet.
    const hub = degree >= ALWAYS_NAMED_DEGREE && (zoom >= SHOW_TIER_2_FROM || degree >= mainPlayer);
    // The two actors of a chosen relation are read with it, whatever the crowding.
    const end = node.connectedEdges('.is-selected').nonempty();
    const must = (special && !node.hasClass('incident')) || hub || end;
    if (!must && degree < ALWAYS_NAMED_DEGREE && !nodeLabelShown('standard', tier, zoom)) {
      unread.push(node.id());
      return;
    }
    const font = nodeLabelFont('standard', tier);
    const bold = font.bold || node.hasClass('is-selected');
    const scaled = {
      size: font.size * scale,
      bold,
      maxWidth: font.maxWidth === null ? null : font.maxWidth * scale,
      margin: 0,
    };
    const box = labelBox(label, scaled, measure);
    const w = box.w + SLACK * scale;
    const h = box.h + SLACK * scale;
    const { x, y } = node.position();
    nodes.push({
      item: {
        kind: 'node',
        id: node.id(),
        x,
        y,
        rx: node.width() / 2,
        ry: node.height() / 2,
        w,
        h,
        gap: font.margin * scale,
        must,
      },
      rank: special ? 0 : degree >= ALWAYS_NAMED_DEGREE ? 2 : 4,
      degree,
    });
  });
  const edges: { item: LabelItem; rank: number; degree: number }[] = [];
  const allEdgeLabels = edgeLabelsShown(zoom, hasFewRelations(cy));
  cy.edges(':visible').forEach((edge) => {
    if (edge.hasClass('part-of') || edge.hasClass('arrange-out')) return;
    const bundle = edge.hasClass('bundle');
    const special = singledOut(edge);
    if (!bundle && !special && !allEdgeLabels) return;
    const pathLabel = edge.hasClass('path-hop') ? (edge.data('pathLabel') as string | undefined) : undefined;
    const text = String(pathLabel ?? edge.data('short') ?? '');
    if (!text) return;
    const selected = edge.hasClass('is-selected');
    const size = (selected ? STANDARD_LABEL.selectedEdge : STANDARD_LABEL.edge) * scale;
    const bold = bundle || selected || Boolean(pathLabel) || edge.hasClass('story-highlight');
    const w =
      measure(text, cssFont({ size, bold, maxWidth: null, margin: 0 })) + (SLACK + (bundle ? 4 : 0)) * scale;
    const h = size + (SLACK + (bundle ? 4 : 0)) * scale;
    const source = edge.source().position();
    const target = edge.target().position();
    // Cytoscape knows the drawn middle once it has drawn the line; until then, the chord's.
    const drawn = edge.midpoint() as { x: number; y: number } | undefined;
    const mid = drawn ?? { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
    edges.push({
      item: {
        kind: 'edge',
        id: edge.id(),
        mx: mid.x,
        my: mid.y,
        sx: source.x,
        sy: source.y,
        tx: target.x,
        ty: target.y,
        w,
        h,
        // A relation's label never covers another label, nor an actor unless it is the chosen
        // one: where there is no free place, it is left out (the relation is in Details and
        // the list).
        must: selected,
      },
      rank: special ? 1 : bundle ? 3 : 5,
      degree: 0,
    });
  });
  const items = [...nodes, ...edges]
    .sort((a, b) => a.rank - b.rank || b.degree - a.degree || (a.item.id < b.item.id ? -1 : 1))
    .map((entry) => entry.item);
  return { items, unread };
}

function actorBoxes(cy: Core): { id: string; box: Box }[] {
  // The drawn box: with the border, which grows when an actor is selected.
  return cy
    .nodes(':visible')
    .not('.arrange-out')
    .map((node) => {
      const { x1, y1, x2, y2 } = node.boundingBox({ includeLabels: false });
      return { id: node.id(), box: { x1, y1, x2, y2 } };
    });
}

/** Works out and applies the labels' places once; exported for the canvas to call directly. */
export function placeCanvasLabels(cy: Core, measure: MeasureText, previous: Map<string, Placement>) {
  const extent = cy.extent();
  const view = { x1: extent.x1, y1: extent.y1, x2: extent.x2, y2: extent.y2 };
  const { items, unread } = labelItems(cy, measure);
  const placed = placeLabels(items, actorBoxes(cy), view, 120 * labelScale(cy.zoom()));
  for (const id of unread) placed.set(id, { kind: 'off' });
  cy.batch(() => {
    // Labels no longer placed (hidden elements, edges whose labels are not drawn) go back.
    for (const [id, before] of previous) {
      if (placed.has(id)) continue;
      const ele = cy.getElementById(id);
      if (before.kind === 'edge' && (before.dx || before.dy)) ele.removeStyle('text-margin-x text-margin-y');
      for (const c of SIDE_CLASSES) if (ele.hasClass(c)) ele.removeClass(c);
    }
    for (const [id, placement] of placed) {
      const ele = cy.getElementById(id);
      const wanted =
        placement.kind === 'off'
          ? 'label-off'
          : placement.kind === 'node' && placement.side !== 'bottom'
            ? `label-${placement.side}`
            : null;
      for (const c of SIDE_CLASSES) {
        const on = c === wanted;
        if (ele.hasClass(c) !== on) ele.toggleClass(c, on);
      }
      const before = previous.get(id);
      const dx = placement.kind === 'edge' ? placement.dx : 0;
      const dy = placement.kind === 'edge' ? placement.dy : 0;
      const was = before?.kind === 'edge' ? before : { dx: 0, dy: 0 };
      if (Math.abs(was.dx - dx) > 0.5 || Math.abs(was.dy - dy) > 0.5) {
        if (dx || dy) ele.style({ 'text-margin-x': dx, 'text-margin-y': dy });
        else ele.removeStyle('text-margin-x text-margin-y');
      }
    }
  });
  return placed;
}

export function useLabelPlacement(cy: Core | null) {
  useEffect(() => {
    if (!isLive(cy) || renderModeOf(cy) !== 'standard') return;
    const measure = canvasMeasure();
    let previous = new Map<string, Placement>();
    let applying = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      applying = true;
      try {
        previous = placeCanvasLabels(cy, measure, previous);
      } finally {
        applying = false;
      }
      cy.container()?.parentElement?.setAttribute('data-labels-placed', String(Date.now()));
    };
    const schedule = () => {
      if (applying) return;
      clearTimeout(timer);
      timer = setTimeout(place, PLACE_AFTER_MS);
    };
    place();
    const events = 'viewport class data position dragfree add remove';
    cy.on(events, schedule);
    return () => {
      cy.off(events, schedule);
      clearTimeout(timer);
    };
  }, [cy]);
}
