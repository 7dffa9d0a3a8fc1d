/**
 * Finding quotes in their source texts. A quote must appear verbatim: runs of white space
 * may differ (line breaks in a copied passage), nothing else is forgiven. When a quote is
 * not found we say where the closest passage is and where the two part ways, so the author
 * can fix it without hunting.
 */

export interface Span {
  start: number;
  end: number;
}

/** Text with every run of white space folded to one space, and a map back to the original. */
export interface FoldedText {
  folded: string;
  /** origin[i] is the index in the original text of folded[i]; one extra entry for the end. */
  origin: ArrayLike<number>;
}

/**
 * Folds a whole source text at once: runs of white space are found by one regular
 * expression and the text between them is copied in slices, not character by character
 * (a map of 5,000 actors quotes 377 texts; this is most of checking its quotes).
 */
export function foldWhitespace(text: string): FoldedText {
  const parts: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let length = 0;
  let from = 0;
  const copy = (to: number) => {
    parts.push(text.slice(from, to));
    for (let i = from; i < to; i++) origin[length++] = i;
  };
  for (const run of text.matchAll(/\s+/g)) {
    copy(run.index);
    parts.push(' ');
    origin[length++] = run.index;
    from = run.index + run[0].length;
  }
  copy(text.length);
  origin[length] = text.length;
  return { folded: parts.join(''), origin: origin.subarray(0, length + 1) };
}

export function foldQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

/**
 * Where the quote stands in the text: as written, if it is there as written (most quotes
 * are pasted from the source, and then the text need not be folded at all), else after
 * folding white space. `folded` is called only in the second case; callers cache it.
 */
export function findQuote(text: string, folded: () => FoldedText, quote: string): Span | null {
  if (quote !== '' && quote === quote.trim()) {
    const at = text.indexOf(quote);
    if (at >= 0) return { start: at, end: at + quote.length };
  }
  return locateQuote(folded(), quote);
}

/** The context an anchor keeps on each side of a quote (the W3C model leaves the length to us). */
export const ANCHOR_CONTEXT_CHARS = 32;

/**
 * Where an anchored quote stands: at its offsets if the words there are still the quote;
 * else, of the places where the words stand, the one whose surroundings best match the
 * anchor's prefix and suffix (the text was edited, or the quote pasted); else findQuote.
 */
export function findAnchoredQuote(
  text: string,
  folded: () => FoldedText,
  quote: string,
  anchor: { start: number; end: number; prefix?: string; suffix?: string } | undefined,
): Span | null {
  if (!anchor) return findQuote(text, folded, quote);
  if (text.slice(anchor.start, anchor.end) === quote) return { start: anchor.start, end: anchor.end };
  let best: Span | null = null;
  let bestScore = -1;
  for (
    let at = text.indexOf(quote), seen = 0;
    at >= 0 && seen < 1000;
    at = text.indexOf(quote, at + 1), seen++
  ) {
    const end = at + quote.length;
    const score =
      commonSuffix(text.slice(Math.max(0, at - ANCHOR_CONTEXT_CHARS), at), anchor.prefix ?? '') +
      commonPrefix(text.slice(end, end + ANCHOR_CONTEXT_CHARS), anchor.suffix ?? '') -
      Math.abs(at - anchor.start) / (text.length + 1);
    if (score > bestScore) {
      best = { start: at, end };
      bestScore = score;
    }
  }
  return best ?? findQuote(text, folded, quote);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Where the quote stands in the text, in the original text's offsets; null if it does not. */
export function locateQuote(source: FoldedText, quote: string): Span | null {
  const needle = foldQuote(quote);
  if (needle === '') return null;
  const at = source.folded.indexOf(needle);
  if (at < 0) return null;
  return toOriginal(source, at, at + needle.length);
}

function toOriginal(source: FoldedText, start: number, end: number): Span {
  const last = source.origin[end - 1] ?? source.origin[source.origin.length - 1] ?? 0;
  return { start: source.origin[start] ?? 0, end: last + 1 };
}

export interface NearMiss {
  /** The passage of the text that the quote most resembles. */
  passage: string;
  /** How many characters of the (folded) quote match the text before they part ways. */
  matchedChars: number;
  /** A sentence about what differs, for the error message. */
  hint: string;
}

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
};

function plainPunctuation(text: string): string {
  return text.replace(/[\u2018\u2019\u201C\u201D\u2013\u2014\u2026]/g, (ch) => TYPOGRAPHIC[ch] ?? ch);
}

/** The longest prefix of needle that occurs in haystack (prefix presence is monotone). */
function longestPresentPrefix(haystack: string, needle: string): { length: number; at: number } {
  return longestPresent(needle.length, (k) => haystack.indexOf(needle.slice(0, k)));
}

/** The longest suffix of needle that occurs in haystack; `at` is where that suffix starts. */
function longestPresentSuffix(haystack: string, needle: string): { length: number; at: number } {
  return longestPresent(needle.length, (k) => haystack.indexOf(needle.slice(needle.length - k)));
}

function longestPresent(max: number, find: (k: number) => number): { length: number; at: number } {
  let low = 0;
  let high = max;
  let at = 0;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const found = find(mid);
    if (found >= 0) {
      low = mid;
      at = found;
    } else {
      high = mid - 1;
    }
  }
  return { length: low, at };
}

export function nearestPassage(source: FoldedText, quote: string): NearMiss {
  const needle = foldQuote(quote);
  const text = source.folded;
  if (plainPunctuation(text).includes(plainPunctuation(needle))) {
    const at = plainPunctuation(text).indexOf(plainPunctuation(needle));
    const passage = text.slice(at, at + needle.length);
    return {
      passage,
      matchedChars: 0,
      hint: 'it differs only in quotation marks, apostrophes or dashes: copy them from the source (it uses ’ “ ” —)',
    };
  }
  const prefix = longestPresentPrefix(text, needle);
  const suffix = longestPresentSuffix(text, needle);
  // The start of a quote is the better anchor: the hint can then say where the two part ways.
  const useSuffix = prefix.length < 12 && suffix.length > prefix.length;
  const anchor = useSuffix ? suffix.at + suffix.length - needle.length : prefix.at;
  const start = Math.max(0, Math.min(anchor, text.length - needle.length));
  const passage = text.slice(start, start + needle.length);
  let hint: string;
  if (Math.max(prefix.length, suffix.length) < Math.min(12, needle.length)) {
    hint = 'no passage of the source resembles it: check that it cites the right source';
  } else if (useSuffix) {
    hint = `its end matches the source but it differs before "${needle.slice(needle.length - suffix.length, needle.length - suffix.length + 30)}…"`;
  } else {
    const expected = text.slice(prefix.at + prefix.length, prefix.at + prefix.length + 20);
    const got = needle.slice(prefix.length, prefix.length + 20);
    hint = `it parts from the source after "${needle.slice(Math.max(0, prefix.length - 30), prefix.length)}": the quote has "${got}", the source "${expected}"`;
  }
  return { passage, matchedChars: Math.max(prefix.length, suffix.length), hint };
}
