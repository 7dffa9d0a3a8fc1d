/**
 * How sure the text is of a relation, and how that is drawn. Line style is reserved for
 * stance everywhere (graph, legend, list), so a reader learns one rule: a solid line is
 * the author's own statement; dashed is somebody else's claim; dotted is advice or a maybe.
 */
import type { Stance } from './schema';

/** The stances, in order of certainty. Here, not in schema.ts, so using them needs no zod. */
export const STANCES = ['asserted', 'attributed', 'recommended', 'hypothetical'] as const;

export const STANCE_INFO = {
  asserted: {
    label: 'Asserted',
    description: 'The author states it as fact.',
    line: 'solid',
  },
  attributed: {
    label: 'Attributed',
    description: 'The author reports that an actor claims it.',
    line: 'dashed',
  },
  recommended: {
    label: 'Recommended',
    description: 'The author says it should happen.',
    line: 'dotted',
  },
  hypothetical: {
    label: 'Hypothetical',
    description: 'The text says it might happen.',
    line: 'dashdot',
  },
} as const satisfies Record<Stance, { label: string; description: string; line: StanceLine }>;

/**
 * How a relation's line is drawn for each stance: advice (dotted) and a maybe (dash-dot)
 * must not look alike. Every drawing of a line (graph, legend, list, export) reads these.
 */
export type StanceLine = 'solid' | 'dashed' | 'dotted' | 'dashdot';
export const STANCE_LINES: readonly StanceLine[] = ['solid', 'dashed', 'dotted', 'dashdot'];

/** Dash and gap lengths for a line about 2 px wide with square ends. */
export const LINE_DASH: Record<StanceLine, readonly number[]> = {
  solid: [],
  dashed: [7, 4],
  dotted: [2, 3],
  dashdot: [8, 3, 2, 3],
};

/** Cytoscape knows solid, dashed and dotted; a dash-dot line is a dashed one with its own pattern. */
export function cytoscapeLineStyle(line: StanceLine): 'solid' | 'dashed' | 'dotted' {
  return line === 'dashdot' ? 'dashed' : line;
}

/** Contested relations carry a halo in this colour and a ⚠ before their label. */
export const CONTESTED_COLOR = '#F0E442';
export const CONTESTED_MARK = '⚠';

/**
 * A relation with no evidence yet (brought in from a spreadsheet without a quote) is drawn
 * in this grey with a hollow arrow, whatever its category, and named so in the legend.
 */
export const UNQUOTED_COLOR = '#8C8C8C';
export const UNQUOTED_LABEL = 'No evidence yet';
