/**
 * The relation-type registry. Every relation type is data here: its label, what it means,
 * which way its arrow points, and how it is drawn. Colour encodes the category (eight
 * categories, the eight Okabe–Ito colours) and the arrowhead the type; line style is left
 * for stance (see stances.ts). Each type also says how leverage flows along it (see
 * leverage/semantics.ts). The legend, the stylesheet, filters, the schema and the leverage
 * analysis read this.
 */
import type { LeverageSemantics } from './leverage/semantics';

export const RELATION_CATEGORIES = {
  coercion: {
    label: 'Coercion',
    description: 'Pressure, punishment and resistance: one side tries to force or stop the other.',
    color: '#D55E00',
  },
  concession: {
    label: 'Concession',
    description: 'Something given up or granted: relief, releases, reopenings, gestures.',
    color: '#009E73',
  },
  dependency: {
    label: 'Dependency',
    description: 'One side relies on the other for money, goods, transit or security.',
    color: '#E69F00',
  },
  channel: {
    label: 'Channel',
    description: 'Talking: contacts, negotiations, mediation and outreach.',
    color: '#0072B2',
  },
  support: {
    label: 'Support',
    description: 'Backing, alliance and cooperation.',
    color: '#56B4E9',
  },
  military: {
    label: 'Military',
    description: 'Troops, weapons, exercises and war.',
    color: '#000000',
  },
  illicit: {
    label: 'Illicit',
    description: 'Smuggling and the networks that profit from it.',
    color: '#CC79A7',
  },
  structure: {
    label: 'Structure',
    description: 'Who belongs to, leads, represents or takes part in what.',
    color: '#999999',
  },
} as const satisfies Record<string, RelationCategoryInfo>;

export interface RelationCategoryInfo {
  label: string;
  description: string;
  color: string;
}

export type RelationCategory = keyof typeof RELATION_CATEGORIES;

/** Cytoscape arrow shapes that read well at small sizes. */
export type ArrowShape = 'triangle' | 'vee' | 'tee' | 'square' | 'diamond' | 'circle' | 'chevron';

export interface RelationTypeInfo {
  label: string;
  /** The verb phrase used in sentences when a relation gives none: "Source sanctions Target". */
  verb: string;
  description: string;
  category: RelationCategory;
  /** What the arrow means, in words: from whom to whom. */
  direction: string;
  /** Arrowhead at the target. Line style is kept for stance, colour for category. */
  arrow: ArrowShape;
  /** Who holds the leverage along a relation of this type, and what sort of lever it is. */
  leverage: LeverageSemantics;
}

export const RELATION_TYPES = {
  sanctions: {
    label: 'Sanctions',
    verb: 'sanctions',
    description: 'Economic or political restrictive measures.',
    category: 'coercion',
    direction: 'from the side imposing them to the side targeted',
    arrow: 'tee',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'The side imposing sanctions can tighten them or lift them.',
    },
  },
  pressure: {
    label: 'Pressure',
    verb: 'pressures',
    description: 'Political or diplomatic pressure to act or refrain.',
    category: 'coercion',
    direction: 'from the side pressing to the side pressed',
    arrow: 'triangle',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'The side pressing raises or eases the cost of saying no.',
    },
  },
  hybrid_pressure: {
    label: 'Hybrid pressure',
    verb: 'applies hybrid pressure on',
    description: 'Deniable pressure below the threshold of war: migration, drones, balloons.',
    category: 'coercion',
    direction: 'from the side applying it to the side targeted',
    arrow: 'triangle',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'The side applying it decides how much disruption the other suffers.',
    },
  },
  border_closure: {
    label: 'Border closure',
    verb: 'closes its border with',
    description: 'Closing crossings or a whole border.',
    category: 'coercion',
    direction: 'from the side closing to the side shut out',
    arrow: 'square',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'The side that closed the border decides when it reopens.',
    },
  },
  repression: {
    label: 'Repression',
    verb: 'represses',
    description: 'Imprisonment, prosecution and persecution of people or groups.',
    category: 'coercion',
    direction: 'from the repressor to the repressed',
    arrow: 'vee',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'The repressor holds the repressed: it can arrest, sentence or release them.',
    },
  },
  opposition: {
    label: 'Opposition',
    verb: 'opposes',
    description: 'Resisting or rejecting another actor’s policy, proposal or course.',
    category: 'coercion',
    direction: 'from the side opposing to the side or policy opposed',
    arrow: 'tee',
    leverage: {
      flow: 'none',
      kind: 'pressure',
      reason: 'Opposing is a position, not a lever: it moves no one unless another relation backs it.',
    },
  },
  accusation: {
    label: 'Accusation',
    verb: 'accuses',
    description: 'Blaming another actor for an act.',
    category: 'coercion',
    direction: 'from the accuser to the accused',
    arrow: 'vee',
    leverage: {
      flow: 'none',
      kind: 'pressure',
      reason: 'An accusation assigns blame; whatever leverage there is lies in what backs it.',
    },
  },
  disruption: {
    label: 'Disruption',
    verb: 'disrupts',
    description: 'Interrupting something’s working — flights, travel, trade — whatever the intent.',
    category: 'coercion',
    direction: 'from the cause to what is disrupted',
    arrow: 'chevron',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'The cause of a disruption can prolong it or end it.',
    },
  },
  sanctions_relief: {
    label: 'Sanctions relief',
    verb: 'lifts sanctions on',
    description: 'Lifting, easing or correcting restrictive measures.',
    category: 'concession',
    direction: 'from the side easing them to the side relieved',
    arrow: 'triangle',
    leverage: {
      flow: 'source-over-target',
      kind: 'inducement',
      reason: 'Relief given can be widened or withdrawn, so the side easing holds a reward.',
    },
  },
  prisoner_release: {
    label: 'Prisoner release',
    verb: 'releases',
    description: 'Freeing prisoners, often as part of a trade.',
    category: 'concession',
    direction: 'from the side releasing to those released (or to whom they are handed)',
    arrow: 'circle',
    leverage: {
      flow: 'source-over-target',
      kind: 'inducement',
      reason: 'The side holding prisoners can free more of them, or stop.',
    },
  },
  border_reopening: {
    label: 'Border reopening',
    verb: 'reopens its border with',
    description: 'Reopening crossings that were closed.',
    category: 'concession',
    direction: 'from the side reopening to the side let back in',
    arrow: 'square',
    leverage: {
      flow: 'source-over-target',
      kind: 'inducement',
      reason: 'Crossings reopened can be closed again, so the side reopening holds a reward.',
    },
  },
  gesture: {
    label: 'Conciliatory gesture',
    verb: 'makes a gesture toward',
    description: 'A visible step of restraint or goodwill meant to be noticed.',
    category: 'concession',
    direction: 'from the side making it to the side it is meant for',
    arrow: 'triangle',
    leverage: {
      flow: 'source-over-target',
      kind: 'inducement',
      reason: 'A gesture can be repeated or withheld: it is offered to win something.',
    },
  },
  dependency: {
    label: 'Dependency',
    verb: 'depends on',
    description: 'Reliance for money, energy, markets, components or security.',
    category: 'dependency',
    direction: 'from the dependent side to the side depended on',
    arrow: 'diamond',
    leverage: {
      flow: 'target-over-source',
      kind: 'dependency',
      reason: 'The side depended on can withhold what the other needs.',
    },
  },
  trade: {
    label: 'Trade and transit',
    verb: 'trades with',
    description: 'Goods, transit or supply chains that run between the two.',
    category: 'dependency',
    direction: 'from the supplier or route to the side supplied',
    arrow: 'diamond',
    leverage: {
      flow: 'source-over-target',
      kind: 'dependency',
      reason: 'The supplier or route can cut off what it supplies.',
    },
  },
  channel: {
    label: 'Channel',
    verb: 'keeps a channel to',
    description: 'Diplomatic, security or back-channel contacts.',
    category: 'channel',
    direction: 'from the side that keeps or opens it to its counterpart',
    arrow: 'circle',
    leverage: {
      flow: 'both',
      kind: 'access',
      reason: 'A channel carries influence either way between the two.',
    },
  },
  negotiation: {
    label: 'Negotiation',
    verb: 'negotiates with',
    description: 'Bargaining toward a deal.',
    category: 'channel',
    direction: 'from the side that initiates to its counterpart',
    arrow: 'triangle',
    leverage: {
      flow: 'both',
      kind: 'access',
      reason: 'Each side at the table can offer or refuse the other something.',
    },
  },
  mediation: {
    label: 'Mediation',
    verb: 'mediates for',
    description: 'Brokering between other parties.',
    category: 'channel',
    direction: 'from the broker to the party or process brokered',
    arrow: 'triangle',
    leverage: {
      flow: 'both',
      kind: 'access',
      reason: 'A broker can carry messages, and pressure, in both directions.',
    },
  },
  outreach: {
    label: 'Outreach',
    verb: 'reaches out to',
    description: 'Courting, invitations and attempts to open contact.',
    category: 'channel',
    direction: 'from the side reaching out to the side courted',
    arrow: 'triangle',
    leverage: {
      flow: 'both',
      kind: 'access',
      reason: 'Reaching out opens a line that can carry influence either way.',
    },
  },
  support: {
    label: 'Support',
    verb: 'supports',
    description: 'Political, financial or practical backing.',
    category: 'support',
    direction: 'from the supporter to the side supported',
    arrow: 'triangle',
    leverage: {
      flow: 'source-over-target',
      kind: 'inducement',
      reason: 'Backing can be given or withdrawn, so the supporter holds a reward.',
    },
  },
  alliance: {
    label: 'Alliance',
    verb: 'is allied with',
    description: 'A standing alliance or close partnership.',
    category: 'support',
    direction: 'from the junior to the senior partner where the text makes it clear',
    arrow: 'diamond',
    leverage: {
      flow: 'target-over-source',
      kind: 'dependency',
      reason: 'The senior partner can withdraw the protection the junior one relies on.',
    },
  },
  cooperation: {
    label: 'Cooperation',
    verb: 'cooperates with',
    description: 'Working together on a specific matter.',
    category: 'support',
    direction: 'from the side that initiates to its partner',
    arrow: 'triangle',
    leverage: {
      flow: 'both',
      kind: 'access',
      reason: 'Partners working together can each reward or let down the other.',
    },
  },
  military_presence: {
    label: 'Military presence',
    verb: 'stations forces in',
    description: 'Troops or weapons based on another’s territory.',
    category: 'military',
    direction: 'from the side whose forces they are to the host',
    arrow: 'square',
    leverage: {
      flow: 'source-over-target',
      kind: 'control',
      reason: 'Forces on another’s soil give their owner a say over the host’s security.',
    },
  },
  military_exercise: {
    label: 'Military exercise',
    verb: 'takes part in',
    description: 'Taking part in, holding or observing military drills.',
    category: 'military',
    direction: 'from the participant to the exercise',
    arrow: 'triangle',
    leverage: {
      flow: 'none',
      kind: 'pressure',
      reason: 'Taking part in a drill shows force, but moves no one named in the relation.',
    },
  },
  violence: {
    label: 'Violence',
    verb: 'attacks',
    description: 'A violent act against a person or group, short of war.',
    category: 'military',
    direction: 'from the attacker to the victim',
    arrow: 'tee',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'The attacker can repeat the attack or stop.',
    },
  },
  war: {
    label: 'War',
    verb: 'wages war on',
    description: 'Armed attack or war.',
    category: 'military',
    direction: 'from the attacker to the attacked',
    arrow: 'vee',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'The attacker can escalate, pause or end the war.',
    },
  },
  smuggling: {
    label: 'Smuggling',
    verb: 'smuggles into',
    description: 'Illicit movement of goods and the networks behind it.',
    category: 'illicit',
    direction: 'from the smugglers or origin to the destination',
    arrow: 'vee',
    leverage: {
      flow: 'source-over-target',
      kind: 'pressure',
      reason: 'Smugglers impose the cost of stopping them on the destination.',
    },
  },
  illicit_profit: {
    label: 'Illicit revenue',
    verb: 'channels illicit revenue to',
    description: 'Off-budget money from illicit trade and who receives it.',
    category: 'illicit',
    direction: 'from the trade or network to the beneficiary',
    arrow: 'diamond',
    leverage: {
      flow: 'source-over-target',
      kind: 'inducement',
      reason: 'The trade that pays its beneficiary can stop paying.',
    },
  },
  membership: {
    label: 'Membership',
    verb: 'is a member of',
    description: 'Belonging to a bloc, body or group.',
    category: 'structure',
    direction: 'from the member to the body',
    arrow: 'circle',
    leverage: {
      flow: 'both',
      kind: 'access',
      reason: 'A member has a say in the body, and the body binds its members.',
    },
  },
  leadership: {
    label: 'Leadership',
    verb: 'leads',
    description: 'Heading a state, body or group.',
    category: 'structure',
    direction: 'from the leader to what is led',
    arrow: 'triangle',
    leverage: {
      flow: 'source-over-target',
      kind: 'control',
      reason: 'The leader directs what it leads.',
    },
  },
  representation: {
    label: 'Representation',
    verb: 'represents',
    description: 'Acting on behalf of another: envoys, ambassadors, offices.',
    category: 'structure',
    direction: 'from the representative to the side represented',
    arrow: 'circle',
    leverage: {
      flow: 'target-over-source',
      kind: 'control',
      reason: 'The side represented instructs its representative.',
    },
  },
  control: {
    label: 'Control',
    verb: 'controls',
    description: 'Steering, launching, freezing or managing a process or institution.',
    category: 'structure',
    direction: 'from the actor in control to what it steers',
    arrow: 'square',
    leverage: {
      flow: 'source-over-target',
      kind: 'control',
      reason: 'The actor in control steers what it controls.',
    },
  },
  participation: {
    label: 'Participation',
    verb: 'takes part in',
    description: 'Attending or taking part in an event or process.',
    category: 'structure',
    direction: 'from the participant to the event',
    arrow: 'circle',
    leverage: {
      flow: 'none',
      kind: 'access',
      reason: 'Taking part in an event gives no lever over it in the text.',
    },
  },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_IDS = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];
export const RELATION_CATEGORY_IDS = Object.keys(RELATION_CATEGORIES) as [
  RelationCategory,
  ...RelationCategory[],
];

export function relationTypesIn(category: RelationCategory): RelationType[] {
  return RELATION_TYPE_IDS.filter((type) => RELATION_TYPES[type].category === category);
}
