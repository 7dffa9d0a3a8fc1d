/**
 * A graph as the GEXF and GraphML readers find it, before it is a map: nodes and edges with
 * their attributes by name, each with its place in the file as the user would look for it
 * (`node "n12" (line 40)`). The readers fill this; graphImport.ts makes our dataset of it.
 * Also the small readings of attribute values both formats share.
 */
import type { Issue } from '../../domain/issues';
import { isPartialDate } from '../../domain/time/partialDateText';
import { NAMES, TEXTS, type Separator } from './graphAttributes';

/** An attribute as written: its name in the file and its value. */
export interface Written {
  name: string;
  value: string;
}

interface ForeignElement {
  /** Where it is, as the user finds it: `node "n12" (line 40)`. */
  place: string;
  /** Attribute values by normalName of their name. */
  values: ReadonlyMap<string, Written>;
}

export interface ForeignNode extends ForeignElement {
  id: string;
  label?: string;
  position?: { x: number; y: number };
  /** The node it is nested in (GEXF hierarchy, pid). */
  parent?: string;
}

export interface ForeignEdge extends ForeignElement {
  id?: string;
  source: string;
  target: string;
  label?: string;
  /** GEXF's edge kind, which may name a relation type. */
  kind?: string;
  directed: boolean;
  /** When, from the format's own time (GEXF spells or start and end), as written. */
  time?: { start?: string; end?: string };
}

export interface ForeignGraph {
  format: 'GEXF' | 'GraphML';
  /** The graph element's place, for the title and description. */
  place: string;
  title?: string;
  description?: string;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  /** What the reader saw and could not read (a nested graph, a hyperedge), told as warnings. */
  skipped: { place: string; message: string }[];
}

/**
 * The attribute names each of our fields is read from, normalised: ours first (see
 * graphAttributes.ts), then names other tools use ("interaction" in Cytoscape).
 */
export const FIELDS = {
  actorType: ['actor_type', 'type'],
  description: ['description'],
  aliases: ['aliases'],
  parent: ['part_of', 'parent'],
  relationType: ['relation_type', 'type', 'interaction'],
  claim: ['claim'],
  stance: ['stance'],
  attributedTo: ['attributed_to'],
  quotes: ['quotes', 'quote'],
  date: ['date'],
  until: ['until'],
  dateLabel: ['date_label'],
  dateBasis: ['date_basis'],
  dateApproximate: ['date_approximate'],
  ends: ['ends'],
} as const;

/** "Actor Type", "actor-type" and "actor_type" are one name. */
export const normalName = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The first of these names the element has a non-empty value for. */
export function valueOf(element: ForeignElement, names: readonly string[]): Written | undefined {
  for (const name of names) {
    const found = element.values.get(name);
    if (found && found.value.trim() !== '') return { name: found.name, value: found.value.trim() };
  }
  return undefined;
}

export function splitValues(value: string | undefined, separator: Separator): string[] {
  if (value === undefined) return [];
  const parts = value.split(separator === NAMES ? '|' : TEXTS.trim());
  const trimmed = parts.map((part) => part.trim());
  // A list of one empty item is no list; empty items inside one keep their places.
  return trimmed.every((part) => part === '') ? [] : trimmed;
}

/** A registry id named by its id, label or plural ("Sanctions relief", "sanctions_relief"). */
export function registryId<K extends string>(
  written: string,
  registry: Readonly<Record<K, { label: string; plural?: string }>>,
): K | undefined {
  const wanted = normalName(written);
  const entries = Object.entries(registry) as [K, { label: string; plural?: string }][];
  return entries.find(
    ([id, info]) =>
      id === wanted ||
      normalName(info.label) === wanted ||
      (info.plural && normalName(info.plural) === wanted),
  )?.[0];
}

const UNKNOWN = /^unknown(?:,\s*(?:between (\S+) and (\S+)|not before (\S+)|not after (\S+)))?$/i;

/** A source's date as written ("2025-12-17", "unknown, not before 2025") as the schema has it. */
export function publishedFrom(written: string): string | Record<string, unknown> {
  const match = UNKNOWN.exec(written.trim());
  if (!match) return written.trim();
  const notBefore = match[1] ?? match[3];
  const notAfter = match[2] ?? match[4];
  return { unknown: true, ...(notBefore ? { notBefore } : {}), ...(notAfter ? { notAfter } : {}) };
}

/**
 * A time value of the file as a partial date: a date or the date part of a date-time; a
 * year given as a number ("2009", "2009.0") is that year. Undefined when it is not a date.
 */
export function dateFrom(written: string): string | undefined {
  const value = written.trim();
  const date = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value)?.[1];
  if (date !== undefined) return isPartialDate(date) ? date : undefined;
  const year = /^(\d{4})(?:\.0+)?$/.exec(value)?.[1];
  return year;
}

export function booleanFrom(written: string): boolean | undefined {
  const value = written.trim().toLowerCase();
  if (value === 'true' || value === '1' || value === 'yes') return true;
  if (value === 'false' || value === '0' || value === 'no') return false;
  return undefined;
}

/** A file that cannot be read as a graph at all, with the one issue that says why. */
export type GraphRead = { ok: true; graph: ForeignGraph } | { ok: false; issues: Issue[] };

export function unreadable(file: string, path: string, message: string): GraphRead & { ok: false } {
  return { ok: false, issues: [{ severity: 'error', file, path, message }] };
}

/** The XML parse's failure, told as a place and a fix. */
export function brokenXml(
  file: string,
  format: ForeignGraph['format'],
  failure: { line: number; column: number; reason: string },
) {
  return unreadable(
    file,
    `line ${failure.line}, column ${failure.column}`,
    `is not well-formed XML here (${failure.reason}); the ${format} file may be cut short or edited by hand: write it again from the tool that made it, or mend the XML at this place`,
  );
}

/** `node "n12" (line 40)`; an edge without an id is named by its ends. */
export function placeOfElement(
  kind: 'node' | 'edge',
  line: number,
  id: string | undefined,
  ends?: { source?: string; target?: string },
): string {
  if (id !== undefined) return `${kind} "${id}" (line ${line})`;
  if (ends) return `${kind} from "${ends.source ?? '?'}" to "${ends.target ?? '?'}" (line ${line})`;
  return `${kind} (line ${line})`;
}
