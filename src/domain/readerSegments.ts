/**
 * Cutting a source text into paragraphs and marked segments for the reader. Quotes may
 * overlap (a deal's quote often contains its relations' quotes), and HTML cannot nest
 * overlapping elements, so the text is cut at every span boundary: each segment is
 * covered by a fixed set of spans, and belongs to all of them.
 */

export interface OffsetSpan {
  start: number;
  end: number;
}

export interface ReaderSegment<S extends OffsetSpan> {
  start: number;
  end: number;
  text: string;
  /** The spans that cover the whole segment, in the order they were given; empty for plain text. */
  spans: readonly S[];
}

export interface ReaderParagraph<S extends OffsetSpan> {
  start: number;
  end: number;
  segments: ReaderSegment<S>[];
}

/** A paragraph is a line with some non-space character; blank lines only separate them. */
function paragraphRanges(text: string): OffsetSpan[] {
  const ranges: OffsetSpan[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    if (match[0].trim() === '') continue;
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/**
 * The text as paragraphs of segments. A span that runs across a line break (quotes may
 * fold white space) is marked in each paragraph it touches. Empty spans and the parts of
 * spans outside the text are ignored.
 */
export function segmentText<S extends OffsetSpan>(text: string, spans: readonly S[]): ReaderParagraph<S>[] {
  const usable = spans.filter((s) => s.end > s.start);
  return paragraphRanges(text).map((para) => {
    const inside = usable.filter((s) => s.start < para.end && s.end > para.start);
    const cuts = new Set([para.start, para.end]);
    for (const s of inside) {
      cuts.add(Math.max(s.start, para.start));
      cuts.add(Math.min(s.end, para.end));
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: ReaderSegment<S>[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i]!;
      const end = sorted[i + 1]!;
      segments.push({
        start,
        end,
        text: text.slice(start, end),
        spans: inside.filter((s) => s.start <= start && s.end >= end),
      });
    }
    return { start: para.start, end: para.end, segments };
  });
}

/** The spans that cover an offset. */
export function spansAt<S extends OffsetSpan>(spans: readonly S[], offset: number): S[] {
  return spans.filter((s) => s.start <= offset && offset < s.end);
}

/** Where marked passages begin, in text order and without repeats: the stops for next/previous. */
export function passageStarts(spans: readonly OffsetSpan[]): number[] {
  return [...new Set(spans.filter((s) => s.end > s.start).map((s) => s.start))].sort((a, b) => a - b);
}

/** The passage after (or before) `at`. From no passage (the top of the text) the next is the first. */
export function adjacentPassage(
  starts: readonly number[],
  at: number | undefined,
  direction: 'next' | 'previous',
): number | null {
  if (direction === 'next') return starts.find((s) => at === undefined || s > at) ?? null;
  if (at === undefined) return null;
  const before = starts.filter((s) => s < at);
  return before.length ? before[before.length - 1]! : null;
}

/** The most specific of several spans: the one starting last, then the shortest. */
export function innermostSpan<S extends OffsetSpan>(spans: readonly S[]): S | undefined {
  let best: S | undefined;
  for (const s of spans) {
    if (!best || s.start > best.start || (s.start === best.start && s.end < best.end)) best = s;
  }
  return best;
}
