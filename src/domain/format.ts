/** Words for dates, directions and sources, shared by the panel, the list and the reader. */
import { RELATION_TYPES } from './relationTypes';
import type { GraphIndex } from './graphIndex';
import type { PartialDate, Relation, Source, UnknownDate, When } from './schema';
import { precisionOf, type Precision } from './time/partialDates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025" → "2025"; "2025-12" → "December 2025"; "2025-12-17" → "17 December 2025". */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year ?? ''}` : `${monthName} ${year ?? ''}`;
}

export function formatWhen(when: When): string {
  return when.label ?? formatDates(when);
}

/** The dates alone: "October 2025 – November 2025", "about 2024". */
export function formatDates(when: When): string {
  const base = when.end
    ? `${formatPartialDate(when.start)} – ${formatPartialDate(when.end)}`
    : formatPartialDate(when.start);
  return when.approximate ? `about ${base}` : base;
}

/** The way to say it and the dates both, when they differ: "on the eve of Zapad-2025 (2025)". */
export function formatWhenInFull(when: When): string {
  const dates = formatDates(when);
  return when.label && when.label !== dates ? `${when.label} (${dates})` : dates;
}

const PRECISION_WORDS: Record<Precision, string> = {
  day: 'known to the day',
  month: 'known to the month: drawn over the whole month',
  year: 'known only to the year: drawn over the whole year, never as 1 January',
};

/** How well the date is known, in words, from the start date's precision. */
export function precisionInWords(when: When): string {
  return PRECISION_WORDS[precisionOf(when.start)];
}

export function formatPublished(published: PartialDate | UnknownDate): string {
  if (typeof published === 'string') return formatPartialDate(published);
  const bounds = [
    published.notBefore ? `not before ${formatPartialDate(published.notBefore)}` : '',
    published.notAfter ? `not after ${formatPartialDate(published.notAfter)}` : '',
  ].filter(Boolean);
  return bounds.length ? `date unknown (${bounds.join(', ')})` : 'date unknown';
}

/** "Carnegie Endowment for International Peace, “Belarus at the Border”, 17 December 2025". */
export function formatCitation(source: Source): string {
  const title = source.titleIsOurs ? `${source.title} (title ours)` : `“${source.title}”`;
  return `${source.publisher}, ${title}, ${formatPublished(source.published)}`;
}

/** A short name for a source in lists: the publisher's short form where it has one. */
export function shortSourceName(source: Source): string {
  const paren = /\(([^)]+)\)/.exec(source.publisher);
  if (paren?.[1]) return paren[1];
  return source.publisher.split(/\s+/)[0] ?? source.publisher;
}

export function actorLabel(index: GraphIndex, id: string): string {
  return index.actors.get(id)?.label ?? id;
}

// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…) and the bidirectional controls.
const BIDI_SENSITIVE =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A piece of data set into one of our sentences, isolated (FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE) when it holds right-to-left text or a bidi control: what the text
 * version of <bdi> does, so "‮Belarus" cannot reverse the words around it. Plain text is
 * returned as it is.
 */
export function isolated(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `\u2068${text}\u2069` : text;
}

/** "United States → Belaruskali: lifts sanctions on". */
export function directionInWords(index: GraphIndex, rel: Relation): string {
  return `${isolated(actorLabel(index, rel.source))} → ${isolated(actorLabel(index, rel.target))}: ${isolated(rel.label)}`;
}

/** "United States lifts sanctions on Belaruskali". */
export function relationSentence(index: GraphIndex, rel: Relation): string {
  return `${isolated(actorLabel(index, rel.source))} ${isolated(rel.label)} ${isolated(actorLabel(index, rel.target))}`;
}

export function relationTypeLabel(rel: Relation): string {
  return RELATION_TYPES[rel.type].label;
}

/** The distinct sources a relation quotes, in order of first appearance. */
export function relationSources(rel: Relation): string[] {
  return [...new Set(rel.evidence.map((ev) => ev.source))];
}

/** "1 actor", "1,000 actors". */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
