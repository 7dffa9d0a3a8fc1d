/**
 * The graph's look, derived from the registries so the legend and the canvas cannot drift:
 * actor type → shape and fill; relation category → colour; type → arrowhead; stance → line
 * style; contested → a yellow halo. View state arrives as classes (see useViewClasses).
 */
import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, ACTOR_TYPE_IDS } from '../domain/actorTypes';
import {
  RELATION_CATEGORIES,
  RELATION_CATEGORY_IDS,
  RELATION_TYPES,
  RELATION_TYPE_IDS,
} from '../domain/relationTypes';
import { STANCES } from '../domain/schema';
import { CONTESTED_COLOR, STANCE_INFO } from '../domain/stances';

const SELECTED = '#0b5cad';

/**
 * Labels keep a readable size on screen whatever the zoom (font sizes are divided by it),
 * and at low zoom only the busier actors are labelled, so the map reads from its hubs down.
 * Selected, hovered and incident elements are always labelled.
 */
export interface LabelView {
  zoom: number;
}

/** Label tiers by degree: 1 = hubs, labelled at any zoom; 3 = leaves, labelled when zoomed in. */
export function labelTier(degree: number): 1 | 2 | 3 {
  if (degree >= 8) return 1;
  if (degree >= 3) return 2;
  return 3;
}

const SHOW_TIER_2_FROM = 0.45;
const SHOW_TIER_3_FROM = 0.85;
const SHOW_EDGE_LABELS_FROM = 1.4;

export function buildStylesheet({ zoom }: LabelView = { zoom: 1 }): StylesheetJson {
  // Never shrink labels below their size at zoom 1, never grow them past 3× in the model.
  const scale = Math.min(3, Math.max(1, 1 / zoom));
  const px = (size: number) => Math.round(size * scale * 10) / 10;
  const hiddenTiers = [
    zoom < SHOW_TIER_2_FROM ? 'node.tier-2' : '',
    zoom < SHOW_TIER_3_FROM ? 'node.tier-3' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'mapData(degree, 0, 30, 26, 72)',
        height: 'mapData(degree, 0, 30, 26, 72)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'font-size': px(11),
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        color: '#1d232b',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': px(3),
        'text-wrap': 'wrap',
        'text-max-width': `${px(120)}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...ACTOR_TYPE_IDS.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: { shape: ACTOR_TYPES[type].shape, 'background-color': ACTOR_TYPES[type].color },
    })),
    { selector: 'node.tier-1', style: { 'font-size': px(13), 'font-weight': 'bold' } },
    ...(hiddenTiers ? [{ selector: hiddenTiers, style: { label: '' } }] : []),
    {
      // Yellow and grey fills need a dark outline to stand off a light background.
      selector: 'node[type = "event"], node[type = "place"]',
      style: { 'border-color': '#6b6b6b' },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        width: 1.6,
        opacity: 0.8,
        'arrow-scale': 1.1,
        label: zoom >= SHOW_EDGE_LABELS_FROM ? 'data(label)' : '',
        'font-size': px(10),
        color: '#1d232b',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...RELATION_CATEGORY_IDS.map((category) => ({
      selector: `edge[category = "${category}"]`,
      style: {
        'line-color': RELATION_CATEGORIES[category].color,
        'target-arrow-color': RELATION_CATEGORIES[category].color,
      },
    })),
    ...RELATION_TYPE_IDS.map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'target-arrow-shape': RELATION_TYPES[type].arrow },
    })),
    ...STANCES.map((stance) => ({
      selector: `edge[stance = "${stance}"]`,
      style: {
        'line-style': STANCE_INFO[stance].line,
        ...(STANCE_INFO[stance].line === 'dashed' ? { 'line-dash-pattern': [7, 4] } : {}),
      },
    })),
    {
      selector: 'edge[contested = 1]',
      style: { 'line-outline-width': 2.5, 'line-outline-color': CONTESTED_COLOR, width: 2 },
    },
    {
      selector: 'edge.part-of',
      style: {
        'line-color': '#b8bfc9',
        'line-style': 'dotted',
        width: 1.2,
        'target-arrow-shape': 'none',
        label: '',
        opacity: 0.9,
        events: 'no',
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    // Presenting: the slide's own elements stand out, what it carries over recedes.
    { selector: '.story-hidden', style: { display: 'none' } },
    { selector: '.story-context', style: { opacity: 0.3, 'text-opacity': 0.6 } },
    {
      selector: 'node.story-highlight',
      style: { label: 'data(label)', 'border-color': SELECTED, 'border-width': 3 },
    },
    {
      selector: 'edge.story-highlight',
      style: { label: 'data(label)', width: 4, opacity: 1, 'z-index': 30, 'font-weight': 'bold' },
    },
    { selector: 'node.story-shown', style: { label: 'data(label)' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    { selector: 'edge.backdrop', style: { opacity: 0.22 } },
    { selector: 'node.backdrop', style: { opacity: 0.5, 'text-opacity': 0.6 } },
    {
      selector: 'edge.incident',
      style: { width: 2.6, opacity: 1, label: 'data(label)', 'z-index': 10 },
    },
    {
      selector: 'node.incident',
      style: { 'border-color': SELECTED, 'border-width': 2, label: 'data(label)' },
    },
    {
      selector: 'node.is-selected',
      style: {
        'border-color': SELECTED,
        'border-width': 4,
        label: 'data(label)',
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
        width: 4,
        opacity: 1,
        label: 'data(label)',
        'font-weight': 'bold',
        'font-size': px(12),
        'z-index': 30,
        'underlay-color': SELECTED,
        'underlay-opacity': 0.2,
        'underlay-padding': 5,
      },
    },
    {
      selector: 'node.hover',
      style: {
        label: 'data(label)',
        'underlay-color': '#1d232b',
        'underlay-opacity': 0.1,
        'underlay-padding': 6,
      },
    },
    { selector: 'edge.hover', style: { label: 'data(label)', opacity: 1, 'z-index': 25 } },
  ] as StylesheetJson;
}
