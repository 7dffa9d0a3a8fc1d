/**
 * The words of leverage: which way it flows along a relation, and what sort of lever a
 * relation is. Each relation type declares both in the registry (relationTypes.ts); the
 * analysis, the legend, the help and the details panel read them from there.
 */
export const LEVER_FLOWS = {
  'source-over-target': {
    label: 'source over target',
    description: 'The side the arrow starts from holds the leverage: sanctions, pressure, leadership.',
  },
  'target-over-source': {
    label: 'target over source',
    description: 'The side the arrow points to holds it: whoever is depended on can withhold.',
  },
  both: {
    label: 'either way',
    description: 'A line that carries influence both ways: channels, negotiation, mediation.',
  },
  none: {
    label: 'none',
    description: 'The text gives no lever along it: a stance, a participation.',
  },
} as const;
export type LeverFlow = keyof typeof LEVER_FLOWS;

export const LEVER_KINDS = {
  pressure: { label: 'pressure', verb: 'can hurt', description: 'can hurt: sanctions, closures, coercion' },
  inducement: {
    label: 'inducement',
    verb: 'can reward',
    description: 'can reward: relief, releases, backing',
  },
  dependency: {
    label: 'dependency',
    verb: 'can withhold',
    description: 'can withhold what the other relies on',
  },
  access: { label: 'access', verb: 'can talk to', description: 'can talk to or through the other' },
  control: { label: 'control', verb: 'can direct', description: 'can direct the other' },
} as const;
export type LeverKind = keyof typeof LEVER_KINDS;
export const LEVER_KIND_IDS = Object.keys(LEVER_KINDS) as [LeverKind, ...LeverKind[]];
export const LEVER_FLOW_IDS = Object.keys(LEVER_FLOWS) as [LeverFlow, ...LeverFlow[]];

export interface LeverageSemantics {
  flow: LeverFlow;
  kind: LeverKind;
  /** Why leverage flows this way along the type, in a sentence a reader can check. */
  reason: string;
}
