/**
 * How sure the text is of a relation, and how that is drawn. Line style is reserved for
 * stance everywhere (graph, legend, list), so a reader learns one rule: a solid line is
 * the author's own statement; dashed is somebody else's claim; dotted is advice or a maybe.
 */
import type { Stance } from './schema';

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
    line: 'dotted',
  },
} as const satisfies Record<
  Stance,
  { label: string; description: string; line: 'solid' | 'dashed' | 'dotted' }
>;

/** Contested relations carry a halo in this colour and a ⚠ before their label. */
export const CONTESTED_COLOR = '#F0E442';
export const CONTESTED_MARK = '⚠';
