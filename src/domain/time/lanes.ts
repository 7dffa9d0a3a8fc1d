/**
 * The timeline's rows: dated relations (and deals) as marks, grouped by relation category or
 * by the actor each relation starts from, earliest first. Marks that would overlap within a
 * group are stacked on rows of their own, so each can be seen and clicked.
 */
import { actorLabel, relationSentence } from '../format';
import type { GraphIndex } from '../graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES, type RelationCategory } from '../relationTypes';
import type { TimeIndex, TimeSpan } from './timeIndex';

export type LaneGrouping = 'actor' | 'category';

export interface TimelineMark {
  readonly kind: 'relation' | 'deal';
  readonly id: string;
  readonly label: string;
  readonly span: TimeSpan;
  /** The category's colour key (deals have none). */
  readonly category: RelationCategory | null;
}

export interface Lane {
  readonly key: string;
  readonly label: string;
  /** Marks on rows that do not overlap: rows[0] first. */
  readonly rows: readonly (readonly TimelineMark[])[];
}

/**
 * `minSpan`: the shortest stretch (in ms) a mark takes on screen, so that marks a day long,
 * drawn wider than a day, still do not overlap.
 */
export function timelineLanes(
  index: GraphIndex,
  time: TimeIndex,
  grouping: LaneGrouping,
  minSpan: number,
): Lane[] {
  const groups = new Map<string, { label: string; marks: TimelineMark[] }>();
  const add = (key: string, label: string, mark: TimelineMark) => {
    const group = groups.get(key);
    if (group) group.marks.push(mark);
    else groups.set(key, { label, marks: [mark] });
  };
  const deals: TimelineMark[] = [];
  for (const [id, span] of time.deals) {
    const deal = index.deals.get(id);
    if (deal && span.dated) deals.push({ kind: 'deal', id, label: deal.label, span, category: null });
  }
  for (const span of time.dated) {
    const rel = index.relations.get(span.id);
    if (!rel) continue;
    const category = RELATION_TYPES[rel.type].category;
    const mark: TimelineMark = {
      kind: 'relation',
      id: rel.id,
      label: relationSentence(index, rel),
      span,
      category,
    };
    if (grouping === 'category') add(category, RELATION_CATEGORIES[category].label, mark);
    else add(rel.source, actorLabel(index, rel.source), mark);
  }
  const lanes = [...groups].map(([key, { label, marks }]) => ({
    key,
    label,
    rows: packRows(marks, minSpan),
  }));
  // Earliest first, then by name, so the rows read down the story.
  lanes.sort((a, b) => firstOf(a) - firstOf(b) || a.label.localeCompare(b.label));
  if (deals.length) lanes.unshift({ key: 'deals', label: 'Deals', rows: packRows(deals, minSpan) });
  return lanes;
}

const firstOf = (lane: Lane) => Math.min(...lane.rows.flat().map((m) => m.span.dated!.first));

/** Greedy packing by start: each mark goes on the first row whose last mark has ended. */
function packRows(marks: TimelineMark[], minSpan: number): TimelineMark[][] {
  const sorted = [...marks].sort((a, b) => a.span.dated!.first - b.span.dated!.first);
  const rows: TimelineMark[][] = [];
  const ends: number[] = [];
  for (const mark of sorted) {
    const { first, next } = mark.span.dated!;
    const row = ends.findIndex((end) => end <= first);
    const end = Math.max(next, first + minSpan);
    if (row === -1) {
      rows.push([mark]);
      ends.push(end);
    } else {
      rows[row]!.push(mark);
      ends[row] = end;
    }
  }
  return rows;
}
