/**
 * How labels are set, in one place for the stylesheet (which draws them) and the layout
 * (which leaves room for them). Sizes are in model units at zoom 1.
 */
import type { RenderMode } from './renderMode';

export const LABEL_FONT_FAMILY = 'system-ui, "DejaVu Sans", sans-serif';

/** Standard mode; the stylesheet scales these by labelScale(zoom). */
export const STANDARD_LABEL = { size: 11, hubSize: 13, margin: 3, maxWidth: 120, edge: 10, selectedEdge: 12 };

/**
 * Large mode: fixed in the model. At rest hubs' labels are much larger, so that they can be
 * read further out; drawn in full (zoomed in, see useViewportDetail) all come closer to the
 * standard sizes, or the hubs' would fill the screen.
 */
export const LARGE_LABEL = { tier1: 26, tier2: 16, tier3: 11, edge: 10 };
export const LARGE_DETAIL_LABEL = { tier1: 16, tier2: 14, tier3: 12 };

export type LabelTier = 1 | 2 | 3;

/** Standard mode: below these zooms the busier actors alone are labelled (hubs always are). */
export const SHOW_TIER_2_FROM = 0.45;
export const SHOW_TIER_3_FROM = 0.85;
export const SHOW_EDGE_LABELS_FROM = 1.4;
/**
 * A map with no more relations than this has room for all their labels at any zoom, and its
 * bundles stay open: a reader's own small map reads without zooming.
 */
export const FEW_RELATIONS = 30;

/** Whether relations are labelled (and bundles open) at this zoom, on a map with `few` relations. */
export function edgeLabelsShown(zoom: number, few: boolean): boolean {
  return few || zoom >= SHOW_EDGE_LABELS_FROM;
}

/**
 * Large mode: below this size on screen a label is not drawn; cytoscape checks it each
 * frame, so large graphs get label tiers without a restyle. Edge labels need more, so they
 * appear at about the zoom at which standard mode shows them.
 */
export const LARGE_MIN_SCREEN_FONT = { node: 8, edge: 14 };

/** Whether an actor's label is drawn at a zoom when nothing singles it out. */
export function nodeLabelShown(mode: RenderMode, tier: LabelTier, zoom: number): boolean {
  if (mode === 'large') return nodeLabelFont(mode, tier).size * zoom >= LARGE_MIN_SCREEN_FONT.node;
  return tier === 1 || (tier === 2 ? zoom >= SHOW_TIER_2_FROM : zoom >= SHOW_TIER_3_FROM);
}

/**
 * How much standard-mode labels are enlarged in the model at a zoom, so that they keep their
 * size on screen: never shrunk below their size at zoom 1, never grown past 3×.
 */
export function labelScale(zoom: number): number {
  return Math.min(3, Math.max(1, 1 / zoom));
}

export interface NodeLabelFont {
  size: number;
  bold: boolean;
  /** Where lines wrap, or null for one line. */
  maxWidth: number | null;
  /** Gap between the node and its label. */
  margin: number;
}

export function nodeLabelFont(mode: RenderMode, tier: LabelTier): NodeLabelFont {
  if (mode === 'large') {
    const size = tier === 1 ? LARGE_LABEL.tier1 : tier === 2 ? LARGE_LABEL.tier2 : LARGE_LABEL.tier3;
    return { size, bold: tier === 1, maxWidth: null, margin: 0 };
  }
  return {
    size: tier === 1 ? STANDARD_LABEL.hubSize : STANDARD_LABEL.size,
    bold: tier === 1,
    maxWidth: STANDARD_LABEL.maxWidth,
    margin: STANDARD_LABEL.margin,
  };
}

/** The CSS font of a label, as a canvas measures it. */
export function cssFont({ size, bold }: NodeLabelFont): string {
  return `${bold ? 'bold ' : ''}${size}px ${LABEL_FONT_FAMILY}`;
}
