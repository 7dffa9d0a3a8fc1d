/**
 * The actor-type registry: what kinds of actor a dataset may hold and how each is drawn.
 * Shapes and colours live here, as data, so the legend, the stylesheet and the schema
 * all read one list. Colours are from the Okabe–Ito palette (safe for the common forms
 * of colour blindness); the shape carries the type as well, so colour is never the only cue.
 */
export const ACTOR_TYPES = {
  state: {
    label: 'State',
    plural: 'States',
    description: 'A country, acting through its government; its capital often stands for it.',
    shape: 'round-rectangle',
    color: '#0072B2',
  },
  bloc: {
    label: 'Bloc',
    plural: 'Blocs',
    description: 'A union or alliance of states, such as the EU or NATO.',
    shape: 'hexagon',
    color: '#56B4E9',
  },
  institution: {
    label: 'Institution',
    plural: 'Institutions',
    description: 'A body within a state or bloc: a ministry, agency, service or office.',
    shape: 'rectangle',
    color: '#009E73',
  },
  company: {
    label: 'Company',
    plural: 'Companies',
    description: 'A firm, state-owned or private.',
    shape: 'diamond',
    color: '#E69F00',
  },
  group: {
    label: 'Group',
    plural: 'Groups',
    description: 'A collective without one formal body: prisoners, the opposition, networks, troops.',
    shape: 'ellipse',
    color: '#CC79A7',
  },
  person: {
    label: 'Person',
    plural: 'People',
    description: 'A named or described individual.',
    shape: 'ellipse',
    color: '#D55E00',
  },
  event: {
    label: 'Event',
    plural: 'Events',
    description:
      'An exercise, conference or incident, or a process such as a transition, that acts as a hub of relations.',
    shape: 'star',
    color: '#F0E442',
  },
  place: {
    label: 'Place',
    plural: 'Places',
    description: 'Infrastructure or territory acted upon: an airport, a border, a route.',
    shape: 'vee',
    color: '#999999',
  },
} as const satisfies Record<string, ActorTypeInfo>;

export interface ActorTypeInfo {
  label: string;
  plural: string;
  description: string;
  /** A cytoscape node shape name. */
  shape: string;
  color: string;
}

export type ActorType = keyof typeof ACTOR_TYPES;
export const ACTOR_TYPE_IDS = Object.keys(ACTOR_TYPES) as [ActorType, ...ActorType[]];
