/**
 * What a map's actors and relations carry as node and edge attributes in the graph formats
 * (GEXF, GraphML, Cytoscape JSON): one list, so the formats cannot drift apart, and the
 * names the importers read back. A list is one string in XML, joined with " | " (names and
 * ids) or " ‖ " (quotes and what lines up with them: the n-th quote is from the n-th source).
 */
import { ACTOR_TYPES } from '../../domain/actorTypes';
import { RELATION_TYPES } from '../../domain/relationTypes';
import type { Actor, Dataset, Relation, Source } from '../../domain/schema';

export const CREATOR = 'Leverage Map';
/** Opens the credits paragraph of a file's description; reading our own file back stops there. */
export const CREDITS_HEADING = 'Sources quoted, with thanks to their publishers:';

export const NAMES = ' | ';
export const TEXTS = ' ‖ ';
export type Separator = typeof NAMES | typeof TEXTS;

export type AttributeValue = string | number | boolean | readonly string[] | undefined;

export interface GraphAttribute<T> {
  /** The column's name in every format (GEXF title and id, GraphML attr.name, cyjs data key). */
  name: string;
  type: 'string' | 'boolean' | 'double';
  /** Lists are joined with this in XML; Cytoscape JSON keeps them as arrays. */
  separator?: Separator;
  value: (item: T, map: GraphContext) => AttributeValue;
}

/** Lookups made once per export. */
export interface GraphContext {
  dataset: Dataset;
  sources: ReadonlyMap<string, Source>;
  /** The labels of the deals each relation belongs to. */
  deals: ReadonlyMap<string, string[]>;
}

export function graphContext(dataset: Dataset): GraphContext {
  const deals = new Map<string, string[]>();
  for (const deal of dataset.deals)
    for (const id of deal.relations) deals.set(id, [...(deals.get(id) ?? []), deal.label]);
  return { dataset, sources: new Map(dataset.sources.map((s) => [s.id, s])), deals };
}

/** A source's date as text: "2025-12-17", or "unknown, not before 2025" and the like. */
export function publishedText(published: Source['published']): string {
  if (typeof published === 'string') return published;
  const { notBefore, notAfter } = published;
  if (notBefore && notAfter) return `unknown, between ${notBefore} and ${notAfter}`;
  if (notBefore) return `unknown, not before ${notBefore}`;
  if (notAfter) return `unknown, not after ${notAfter}`;
  return 'unknown';
}

/** The credit a source's publisher is owed wherever its words appear. */
export function creditLine(source: Source): string {
  const date = publishedText(source.published);
  const rights = source.rights ? ` ${source.rights}` : '';
  return `“${source.title}”, ${source.publisher} (${date.startsWith('unknown') ? 'undated' : date}).${rights}`;
}

const none = <T>(list: readonly T[]) => (list.length > 0 ? list : undefined);
const ofQuotes = (r: Relation, pick: (s: Source) => string | undefined, map: GraphContext) =>
  none(r.evidence.map((ev) => (map.sources.has(ev.source) ? (pick(map.sources.get(ev.source)!) ?? '') : '')));

export const NODE_ATTRIBUTES: readonly GraphAttribute<Actor>[] = [
  { name: 'actor_type', type: 'string', value: (a) => a.type },
  { name: 'actor_type_label', type: 'string', value: (a) => ACTOR_TYPES[a.type].label },
  { name: 'description', type: 'string', value: (a) => a.description },
  { name: 'aliases', type: 'string', separator: NAMES, value: (a) => none(a.aliases) },
  // Not "parent", which makes a compound node in Cytoscape: the app draws it as a "part of" link.
  { name: 'part_of', type: 'string', value: (a) => a.parent },
];

export const EDGE_ATTRIBUTES: readonly GraphAttribute<Relation>[] = [
  { name: 'relation_type', type: 'string', value: (r) => r.type },
  { name: 'relation_type_label', type: 'string', value: (r) => RELATION_TYPES[r.type].label },
  { name: 'category', type: 'string', value: (r) => RELATION_TYPES[r.type].category },
  { name: 'claim', type: 'string', value: (r) => r.claim },
  { name: 'stance', type: 'string', value: (r) => r.stance },
  { name: 'attributed_to', type: 'string', separator: NAMES, value: (r) => none(r.attributedTo ?? []) },
  { name: 'quotes', type: 'string', separator: TEXTS, value: (r) => none(r.evidence.map((ev) => ev.quote)) },
  {
    name: 'quote_sources',
    type: 'string',
    separator: TEXTS,
    value: (r) => none(r.evidence.map((ev) => ev.source)),
  },
  { name: 'source_title', type: 'string', separator: TEXTS, value: (r, m) => ofQuotes(r, (s) => s.title, m) },
  {
    name: 'source_publisher',
    type: 'string',
    separator: TEXTS,
    value: (r, m) => ofQuotes(r, (s) => s.publisher, m),
  },
  {
    name: 'source_published',
    type: 'string',
    separator: TEXTS,
    value: (r, m) => ofQuotes(r, (s) => publishedText(s.published), m),
  },
  { name: 'source_url', type: 'string', separator: TEXTS, value: (r, m) => urls(r, m) },
  { name: 'date', type: 'string', value: (r) => r.when?.start },
  { name: 'until', type: 'string', value: (r) => r.when?.end },
  { name: 'date_label', type: 'string', value: (r) => r.when?.label },
  { name: 'date_basis', type: 'string', value: (r) => r.when?.basis },
  { name: 'date_approximate', type: 'boolean', value: (r) => r.when?.approximate },
  { name: 'ends', type: 'string', separator: NAMES, value: (r) => none(r.ends ?? []) },
  { name: 'deals', type: 'string', separator: NAMES, value: (r, m) => m.deals.get(r.id) },
  { name: 'contested', type: 'boolean', value: (r) => r.contested !== undefined },
  { name: 'contest_summary', type: 'string', value: (r) => r.contested?.summary },
  {
    name: 'figures',
    type: 'string',
    separator: TEXTS,
    value: (r) => none((r.figures ?? []).map(figureText)),
  },
];

/** URLs only where a quoted source has one: a list of empty strings says nothing. */
function urls(r: Relation, map: GraphContext) {
  const list = ofQuotes(r, (s) => s.url, map);
  return list?.some((url) => url !== '') ? list : undefined;
}

function figureText(f: NonNullable<Relation['figures']>[number]): string {
  const value = `${f.approximate ? 'about ' : ''}${f.value}${f.unit ? ` ${f.unit}` : ''}`;
  return `${f.quantity}: ${value}${f.when ? ` (${f.when})` : ''}, from ${f.source}`;
}

/** A value as XML text: lists joined, booleans as "true"/"false", nothing for empty. */
export function asText(value: AttributeValue, separator: Separator = NAMES): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.length > 0 ? value.join(separator) : undefined;
}

/** Values that hold their own separator, which would read back as two. */
export function separatorClashes(map: GraphContext): string[] {
  const clashes: string[] = [];
  const check = <T>(items: readonly T[], attributes: readonly GraphAttribute<T>[], id: (t: T) => string) => {
    for (const item of items)
      for (const attribute of attributes) {
        const value = attribute.value(item, map);
        const separator = attribute.separator;
        if (separator && Array.isArray(value) && value.some((v: string) => v.includes(separator.trim())))
          clashes.push(
            `"${attribute.name}" of ${id(item)} holds "${separator.trim()}", which separates its items: it will read back split there`,
          );
      }
  };
  check(map.dataset.actors, NODE_ATTRIBUTES, (a) => `actor "${a.id}"`);
  check(map.dataset.relations, EDGE_ATTRIBUTES, (r) => `relation "${r.id}"`);
  return clashes;
}
