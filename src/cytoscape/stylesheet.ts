import { CHANGE_LOOK, type Change } from '../domain/time/compareDates';
import { LINE_DASH } from '../domain/stances';
/**
 * The graph's look. The encoding itself (actor type → shape and fill; relation category →
 * colour; type → arrowhead; stance → line style) is on each element as data, taken from
 * the registries in toElements, so the legend and the canvas cannot drift; the rules here
 * map that data and add what depends on the view: label sizes for the zoom, contested
 * halos, and the classes for selection, focus, filters and story steps (see useViewClasses).
 *
 * Cytoscape's cost per element grows with every property a rule sets on it, and with every
 * selector it has to match against it, so large graphs (see renderMode) set only what an
 * overview needs (fill, shape, size, a label, a plain line of the relation's colour and
 * stance) and draw the rest, arrowheads, curves and label backgrounds, on the elements in
 * view once the map is zoomed in (class "detail", from useViewportDetail) and on whatever is
 * selected or presented.
 */
import type { StylesheetJson } from 'cytoscape';
import { CONTESTED_COLOR, UNQUOTED_COLOR } from '../domain/stances';
import {
  LABEL_FONT_FAMILY as FONT,
  labelScale,
  LARGE_DETAIL_LABEL,
  LARGE_LABEL,
  LARGE_MIN_SCREEN_FONT,
  SHOW_EDGE_LABELS_FROM,
  STANDARD_LABEL,
} from './labelFonts';
import type { RenderMode } from './renderMode';

const SELECTED = '#0b5cad';
/** The chosen leverage path: a colour no relation category uses. */
export const PATH_COLOR = '#6d28d9';

export interface StyleView {
  /** The zoom the labels are sized for (standard mode only: large graphs ignore it). */
  zoom: number;
  mode: RenderMode;
  /** Relations labelled: by default from SHOW_EDGE_LABELS_FROM (see edgeLabelsShown). */
  edgeLabels?: boolean;
  /** Rules of a large map's overview (groupOverview.ts), before the view's. */
  extra?: StylesheetJson;
}

/** Why an element of a large map is drawn in full: in view when zoomed in, selected or next to it, on the slide. */
const IN_FULL = [
  'detail',
  'incident',
  'is-selected',
  'path-hop',
  'path-actor',
  'story-highlight',
  'story-shown',
];

/** A selector for the elements drawn in full: all of them in standard mode. */
function inFull(mode: RenderMode, group: 'node' | 'edge', extra = ''): string {
  return mode === 'standard' ? `${group}${extra}` : IN_FULL.map((c) => `${group}.${c}${extra}`).join(', ');
}

/** Arrowheads at zoom 1; larger when zoomed out (see labelRules). */
const ARROW_SCALE = 1.35;

export function buildStylesheet({
  zoom,
  mode,
  edgeLabels = zoom >= SHOW_EDGE_LABELS_FROM,
  extra = [],
}: StyleView): StylesheetJson {
  // Later rules win: the look, then the drawing in full, label sizes, then the view's emphasis.
  return [
    { selector: 'node', style: NODE_LOOK },
    { selector: 'edge', style: mode === 'standard' ? EDGE_LOOK : OVERVIEW_EDGE },
    { selector: inFull(mode, 'node'), style: NODE_IN_FULL },
    { selector: inFull(mode, 'edge'), style: EDGE_IN_FULL },
    // A maybe: dash-dot, so it is not taken for advice (dotted).
    {
      selector: inFull(mode, 'edge', '[line = "dashdot"]'),
      style: { 'line-dash-pattern': [...LINE_DASH.dashdot] },
    },
    // Fading in and out is pleasant on a map of a few hundred elements; on thousands, each
    // selection would animate every one of them.
    ...(mode === 'standard'
      ? [{ selector: 'node, edge', style: { 'transition-property': 'opacity', 'transition-duration': 150 } }]
      : []),
    ...labelRules(zoom, mode, edgeLabels),
    {
      selector: 'edge[contested = 1]',
      style: { 'line-outline-width': 2.5, 'line-outline-color': CONTESTED_COLOR, width: 2 },
    },
    // No evidence yet: grey, with a hollow arrow, whatever its category; a lead, not a finding.
    {
      selector: 'edge[unquoted = 1]',
      style: {
        'line-color': UNQUOTED_COLOR,
        'target-arrow-color': UNQUOTED_COLOR,
        'target-arrow-fill': 'hollow',
      },
    },
    // "Part of" links are structure, faint and not selectable.
    { selector: 'edge.part-of', style: { width: 1.2, label: '', opacity: 0.9, events: 'no' } },
    { selector: 'edge.bundle', style: BUNDLE_LOOK },
    { selector: 'edge.bundle.bundle-shown', style: { display: 'element' } },
    { selector: 'edge.bundled', style: { display: 'none' } },
    ...extra,
    ...viewRules(),
    // Last, so that it wins over the view's "labelled" rules (it is never given to those).
    ...(mode === 'standard' ? [{ selector: '.label-off', style: { label: '' } }] : []),
  ] as StylesheetJson;
}

/** What every actor has, in every mode. */
const NODE_LOOK = {
  // No background images. Cytoscape's default, a list holding "none", makes it flag each
  // node as loading an image and then as done whenever it draws one, and each flag counts as
  // a change of style that throws away its cache of the whole map (see firstDraw.ts).
  'background-image': [],
  label: 'data(label)',
  shape: 'data(shape)',
  'background-color': 'data(color)',
  width: 'data(size)',
  height: 'data(size)',
  'text-valign': 'bottom',
  'font-family': FONT,
};

const NODE_IN_FULL = {
  'border-width': 1.5,
  'border-color': 'data(border)',
  color: '#1d232b',
  'text-wrap': 'wrap',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.75,
  'text-background-padding': '1px',
  'text-background-shape': 'roundrectangle',
};

const EDGE_LOOK = {
  'line-color': 'data(color)',
  'line-style': 'data(lineStyle)',
  width: 1.6,
  opacity: 0.8,
};

/**
 * A large graph's relations at rest: cytoscape's "haystack" lines, its cheapest, and not
 * pickable: at overview zoom a press would land on one of hundreds of hairlines, and the
 * press alone (cytoscape marks the element active) makes it redraw the whole map. Zoomed
 * in, the relations in view are drawn in full and can be picked.
 */
const OVERVIEW_EDGE = { ...EDGE_LOOK, width: 1, opacity: 0.6, events: 'no' };

const EDGE_IN_FULL = {
  ...EDGE_LOOK,
  events: 'yes',
  // Straight unless it shares its actors with other relations (then it fans out, see
  // edgeOffsets) or is a loop: set per edge by toElements.
  'curve-style': 'data(curve)',
  'control-point-distances': 'data(offset)',
  'control-point-weights': 0.5,
  'target-arrow-color': 'data(color)',
  'target-arrow-shape': 'data(arrow)',
  // Only dashed lines read it.
  'line-dash-pattern': [7, 4],
  'arrow-scale': ARROW_SCALE,
  color: '#1d232b',
  'font-family': FONT,
  // Level text reads without tilting the head; labels are kept apart by useLabelPlacement.
  'text-rotation': 'none',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': '1px',
};

/** A bundle: one line for a pair's relations, its count in a badge (see bundles.ts). */
const BUNDLE_LOOK = {
  display: 'none',
  'curve-style': 'straight',
  'line-color': 'data(color)',
  'line-style': 'solid',
  width: 'mapData(count, 2, 12, 3, 7)',
  opacity: 0.85,
  'target-arrow-shape': 'triangle',
  'target-arrow-color': 'data(color)',
  'source-arrow-shape': 'data(sourceArrow)',
  'source-arrow-color': 'data(color)',
  label: 'data(label)',
  color: '#1d232b',
  'font-weight': 'bold',
  'font-family': FONT,
  'text-rotation': 'none',
  'text-background-color': '#ffffff',
  'text-background-opacity': 1,
  'text-background-shape': 'roundrectangle',
  'text-background-padding': '2px',
  'text-border-width': 1,
  'text-border-color': 'data(color)',
  'text-border-opacity': 1,
};

/**
 * Standard mode: labels keep a readable size on screen whatever the zoom (font sizes are
 * divided by it; the stylesheet is rebuilt when a zoom ends), and at low zoom only the busier
 * actors are labelled, so the map reads from its hubs down.
 * Large mode: sizes are fixed in the model, hubs' larger, and cytoscape leaves out those
 * too small to read at the current zoom: a restyle of thousands of elements takes a second,
 * so the stylesheet never changes with the zoom there.
 */
function labelRules(zoom: number, mode: RenderMode, edgeLabels: boolean) {
  if (mode === 'large') {
    return [
      {
        selector: 'node',
        style: { 'font-size': LARGE_LABEL.tier3, 'min-zoomed-font-size': LARGE_MIN_SCREEN_FONT.node },
      },
      { selector: 'node.tier-2', style: { 'font-size': LARGE_LABEL.tier2 } },
      { selector: 'node.tier-1', style: { 'font-size': LARGE_LABEL.tier1, 'font-weight': 'bold' } },
      { selector: inFull(mode, 'node'), style: { 'font-size': LARGE_DETAIL_LABEL.tier3 } },
      { selector: inFull(mode, 'node', '.tier-2'), style: { 'font-size': LARGE_DETAIL_LABEL.tier2 } },
      { selector: inFull(mode, 'node', '.tier-1'), style: { 'font-size': LARGE_DETAIL_LABEL.tier1 } },
      {
        selector: inFull(mode, 'edge'),
        style: {
          label: 'data(short)',
          'font-size': LARGE_LABEL.edge,
          'min-zoomed-font-size': LARGE_MIN_SCREEN_FONT.edge,
        },
      },
    ];
  }
  const scale = labelScale(zoom);
  const px = (size: number) => Math.round(size * scale * 10) / 10;
  return [
    {
      selector: 'node',
      style: {
        'font-size': px(STANDARD_LABEL.size),
        'text-margin-y': px(STANDARD_LABEL.margin),
        'text-max-width': `${Math.round(STANDARD_LABEL.maxWidth * scale)}px`,
      },
    },
    { selector: 'node.tier-1', style: { 'font-size': px(STANDARD_LABEL.hubSize), 'font-weight': 'bold' } },
    // Which labels show and on which side of their actor is worked out by useLabelPlacement.
    {
      selector: 'node.label-top',
      style: { 'text-valign': 'top', 'text-margin-y': -px(STANDARD_LABEL.margin) },
    },
    {
      selector: 'node.label-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-y': 0,
        'text-margin-x': px(STANDARD_LABEL.margin),
      },
    },
    {
      selector: 'node.label-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': 0,
        'text-margin-x': -px(STANDARD_LABEL.margin),
      },
    },
    {
      selector: 'edge',
      style: {
        label: edgeLabels ? 'data(short)' : '',
        'font-size': px(STANDARD_LABEL.edge),
        // Arrowheads keep a size that can be seen whatever the zoom, as labels do.
        'arrow-scale': Math.round(ARROW_SCALE * Math.sqrt(scale) * 100) / 100,
      },
    },
    { selector: 'edge.is-selected', style: { 'font-size': px(STANDARD_LABEL.selectedEdge) } },
    { selector: 'edge.bundle', style: { label: 'data(label)', 'font-size': px(STANDARD_LABEL.edge) } },
  ];
}

/** What two dates compared mark (see CHANGE_LOOK). */
const timeMark = ({ color, line }: (typeof CHANGE_LOOK)[Change], width: number) => ({
  'line-color': color,
  'target-arrow-color': color,
  'line-style': line,
  width,
  opacity: 1,
  'z-index': 12,
});

/** Selection, hover, focus, filters and story steps, as classes set by the view hooks. */
function viewRules() {
  const labelled = { label: 'data(label)' };
  // Relations show their label shortened (see shortLabel); hovered, in full.
  const shortened = { label: 'data(short)' };
  return [
    { selector: '.hidden', style: { display: 'none' } },
    // Presenting: the slide's own elements stand out, what it carries over recedes.
    { selector: '.story-hidden', style: { display: 'none' } },
    { selector: '.story-context', style: { opacity: 0.3, 'text-opacity': 0.6 } },
    {
      selector: 'node.story-highlight',
      style: { ...labelled, 'border-color': SELECTED, 'border-width': 3 },
    },
    {
      selector: 'edge.story-highlight',
      style: { ...shortened, width: 4, opacity: 1, 'z-index': 30, 'font-weight': 'bold' },
    },
    { selector: 'node.story-shown', style: labelled },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    { selector: 'edge.backdrop', style: { opacity: 0.22 } },
    { selector: 'node.backdrop', style: { opacity: 0.5, 'text-opacity': 0.6 } },
    { selector: 'edge.path-backdrop', style: { opacity: 0.08 } },
    // Time: undated relations drawn apart while a date narrows the map; two dates compared
    // mark what began (thick), ended (dashed) and came and went (dotted), in colours and
    // line styles both, so the marks read without colour too.
    { selector: 'edge.undated', style: { opacity: 0.35 } },
    { selector: 'edge.time-other', style: { opacity: 0.12 } },
    { selector: 'edge.time-unchanged', style: { opacity: 0.45 } },
    { selector: 'edge.time-added', style: timeMark(CHANGE_LOOK.added, 4.5) },
    { selector: 'edge.time-ended', style: timeMark(CHANGE_LOOK.ended, 3.5) },
    { selector: 'edge.time-passed', style: timeMark(CHANGE_LOOK.passed, 3.5) },
    { selector: 'node.path-backdrop', style: { opacity: 0.3, 'text-opacity': 0.35 } },
    { selector: 'edge.incident', style: { ...shortened, width: 2.6, opacity: 1, 'z-index': 10 } },
    {
      selector: 'node.incident',
      style: { ...labelled, 'border-color': SELECTED, 'border-width': 2 },
    },
    {
      selector: 'node.path-actor',
      style: { ...labelled, 'border-color': PATH_COLOR, 'border-width': 3, 'z-index': 15 },
    },
    {
      selector: 'edge.path-hop[pathLabel]',
      style: {
        label: 'data(pathLabel)',
        width: 5,
        opacity: 1,
        'z-index': 35,
        'font-weight': 'bold',
        'text-background-opacity': 1,
        'underlay-color': PATH_COLOR,
        'underlay-opacity': 0.3,
        'underlay-padding': 6,
      },
    },
    {
      selector: 'node.is-selected',
      style: {
        ...labelled,
        'border-color': SELECTED,
        'border-width': 4,
        'font-weight': 'bold',
        'z-index': 20,
        'underlay-color': SELECTED,
        'underlay-opacity': 0.18,
        'underlay-padding': 8,
      },
    },
    {
      selector: 'edge.is-selected',
      style: {
        ...shortened,
        width: 4,
        opacity: 1,
        'font-weight': 'bold',
        'z-index': 30,
        'underlay-color': SELECTED,
        'underlay-opacity': 0.2,
        'underlay-padding': 5,
      },
    },
    {
      selector: 'node.hover',
      style: {
        ...labelled,
        'underlay-color': '#1d232b',
        'underlay-opacity': 0.1,
        'underlay-padding': 6,
      },
    },
    { selector: 'edge.hover', style: { ...labelled, opacity: 1, 'z-index': 25 } },
    // Arranged around an actor: what is not its neighbourhood all but disappears.
    { selector: '.arrange-out', style: { opacity: 0.06, label: '', events: 'no' } },
  ];
}
