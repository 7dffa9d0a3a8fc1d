/**
 * A passage selected in a source, turned into a quote anchored where it was selected (W3C
 * Web Annotation: the exact words, their offsets, and the text around them), or a sentence
 * saying why it cannot be one.
 */
import { ANCHOR_CONTEXT_CHARS } from '../quotes';
import type { Evidence } from '../schema';

export type QuoteFromSelection = { ok: true; evidence: Evidence } | { ok: false; message: string };

/** Two line breaks (blank line between): where one paragraph ends and the next begins. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

export function quoteFromSelection(
  sourceId: string,
  text: string,
  selection: { start: number; end: number },
): QuoteFromSelection {
  let { start, end } = selection;
  // A drag usually takes a space or line break at either end; those are not the quote.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end || start < 0 || end > text.length)
    return {
      ok: false,
      message: 'Nothing is selected: select the words of the source that support the relation.',
    };
  const quote = text.slice(start, end);
  if (PARAGRAPH_BREAK.test(quote))
    return {
      ok: false,
      message:
        'The selection runs across two paragraphs: select a passage within one paragraph, and add the other part as a second quote (“Add as evidence”).',
    };
  return {
    ok: true,
    evidence: {
      source: sourceId,
      quote,
      anchor: {
        start,
        end,
        prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start),
        suffix: text.slice(end, end + ANCHOR_CONTEXT_CHARS),
      },
    },
  };
}
