/**
 * What a marked passage in a source supports: the relations and deals whose quotes cover
 * it, each once, named as the reader lists them. Relations come first: they are what the
 * graph draws; a deal is read through them.
 */
import { relationSentence } from './format';
import type { GraphIndex } from './graphIndex';
import type { QuoteSpan } from './integrity';

export interface PassageElement {
  kind: 'relation' | 'deal';
  id: string;
  name: string;
}

export function passageElements(index: GraphIndex, spans: readonly QuoteSpan[]): PassageElement[] {
  const seen = new Map<string, PassageElement>();
  for (const span of spans) {
    if (seen.has(span.elementId)) continue;
    seen.set(span.elementId, { kind: span.elementKind, id: span.elementId, name: nameOf(index, span) });
  }
  const rank = (e: PassageElement) => (e.kind === 'relation' ? 0 : 1);
  return [...seen.values()].sort((a, b) => rank(a) - rank(b));
}

function nameOf(index: GraphIndex, span: QuoteSpan): string {
  if (span.elementKind === 'deal') return `Deal: ${index.deals.get(span.elementId)?.label ?? span.elementId}`;
  const rel = index.relations.get(span.elementId);
  return rel ? relationSentence(index, rel) : span.elementId;
}
