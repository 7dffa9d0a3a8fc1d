/**
 * Which verified span a quote on screen stands for, so "Show in source" can open the reader
 * at that very passage. Spans carry the quote's JSON path; the element and the quote's place
 * in its evidence list pick out one span without searching the text again.
 */
import type { QuoteSpan } from './integrity';

/** Where an evidence list sits in its element: the element's own, or a contest position's. */
export type EvidenceList = { kind: 'evidence' } | { kind: 'position'; position: number };

/** The path of a quote relative to its element: ".evidence[0].quote". */
export function evidencePathSuffix(list: EvidenceList, quoteIndex: number): string {
  const inner = `.evidence[${quoteIndex}].quote`;
  return list.kind === 'evidence' ? inner : `.contested.positions[${list.position}]${inner}`;
}

const ELEMENT_PREFIX = /^(?:relations|deals)\[\d+\]/;

export function findEvidenceSpan(
  spans: readonly QuoteSpan[],
  elementId: string,
  list: EvidenceList,
  quoteIndex: number,
): QuoteSpan | undefined {
  const suffix = evidencePathSuffix(list, quoteIndex);
  return spans.find((s) => s.elementId === elementId && s.path.replace(ELEMENT_PREFIX, '') === suffix);
}
