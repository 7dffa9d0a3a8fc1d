/**
 * Every quote of a map as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/):
 * the quote is the target, anchored in its source by a TextQuoteSelector (the words as the
 * source text has them, with 32 characters either side) and a TextPositionSelector; the body
 * is the claim it supports, with the relation type as a tag. One AnnotationCollection holds
 * them, its annotations embedded in its first page, as the model serialises a collection.
 *
 * Positions count Unicode code points, as the model says (not JavaScript's UTF-16 units),
 * in the source text the map quotes; a source's URL is the target when it has one, so on the
 * web page the quote selector is the one to anchor by. A quote the loader could not find
 * in its source has only its words, and is named in `dropped`.
 */
import { slugify } from '../../domain/edits/ids';
import type { Evidence } from '../../domain/schema';
import type { Exporter } from './format';
import { creditLine } from './graphAttributes';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARACTERS = 32;

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The number of code points before a UTF-16 offset. */
export function codePointOffset(text: string, index: number): number {
  let offset = index;
  for (let k = 1; k < index; k++) if (isLow(text.charCodeAt(k)) && isHigh(text.charCodeAt(k - 1))) offset--;
  return offset;
}

function before(text: string, start: number): string {
  return Array.from(text.slice(Math.max(0, start - 2 * CONTEXT_CHARACTERS), start))
    .slice(-CONTEXT_CHARACTERS)
    .join('');
}

function after(text: string, end: number): string {
  return Array.from(text.slice(end, end + 2 * CONTEXT_CHARACTERS))
    .slice(0, CONTEXT_CHARACTERS)
    .join('');
}

interface Quoted {
  id: string;
  evidence: Evidence;
  /** The quote's JSON path, as the loader's spans name it. */
  path: string;
  claim: string;
  tag: string;
}

export const exportWebAnnotations: Exporter = ({ dataset, texts, spans }, name) => {
  const base = `urn:leverage-map:${slugify(name, 'map')}`;
  const quoted: Quoted[] = [];
  dataset.relations.forEach((r, i) => {
    r.evidence.forEach((evidence, j) =>
      quoted.push({
        id: `${base}:relation:${r.id}:evidence:${j}`,
        evidence,
        path: `relations[${i}].evidence[${j}].quote`,
        claim: r.claim,
        tag: r.type,
      }),
    );
    r.contested?.positions.forEach((p, k) =>
      p.evidence.forEach((evidence, j) =>
        quoted.push({
          id: `${base}:relation:${r.id}:contested:${k}:evidence:${j}`,
          evidence,
          path: `relations[${i}].contested.positions[${k}].evidence[${j}].quote`,
          claim: p.claim,
          tag: p.position,
        }),
      ),
    );
  });
  dataset.deals.forEach((d, i) =>
    d.evidence.forEach((evidence, j) =>
      quoted.push({
        id: `${base}:deal:${d.id}:evidence:${j}`,
        evidence,
        path: `deals[${i}].evidence[${j}].quote`,
        claim: d.summary,
        tag: 'deal',
      }),
    ),
  );

  const spanAt = new Map(spans.map((span) => [span.path, span]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  let unanchored = 0;
  const items = quoted.map(({ id, evidence, path, claim, tag }) => {
    const span = spanAt.get(path);
    const text = Object.hasOwn(texts, evidence.source) ? texts[evidence.source] : undefined;
    let selector: Record<string, unknown>[];
    if (span && text !== undefined && span.sourceId === evidence.source) {
      const prefix = before(text, span.start);
      const suffix = after(text, span.end);
      const start = codePointOffset(text, span.start);
      selector = [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(span.start, span.end),
          ...(prefix ? { prefix } : {}),
          ...(suffix ? { suffix } : {}),
        },
        {
          type: 'TextPositionSelector',
          start,
          end: start + Array.from(text.slice(span.start, span.end)).length,
        },
      ];
    } else {
      unanchored++;
      selector = [{ type: 'TextQuoteSelector', exact: evidence.quote }];
    }
    return {
      id,
      type: 'Annotation',
      motivation: 'describing',
      body: [
        { type: 'TextualBody', value: claim, format: 'text/plain', purpose: 'describing' },
        { type: 'TextualBody', value: tag, purpose: 'tagging' },
      ],
      target: {
        source: sources.get(evidence.source)?.url ?? `urn:leverage-map:source:${evidence.source}`,
        selector,
      },
    };
  });

  const credits = dataset.sources.map(creditLine).join(' ');
  const collection = {
    '@context': CONTEXT,
    id: `${base}:annotations`,
    type: 'AnnotationCollection',
    label: `${dataset.title}: the quotes behind the map, each with the claim it supports.${credits ? ` Quoted from: ${credits}` : ''}`,
    total: items.length,
    // An empty collection has no pages.
    ...(items.length > 0
      ? { first: { id: `${base}:annotations:page-1`, type: 'AnnotationPage', startIndex: 0, items } }
      : {}),
  };

  const unquoted = dataset.relations.filter((r) => r.evidence.length === 0).length;
  const dropped = [
    'actors, dates, stances, stories and the layout: annotations carry the quotes and the claims they support',
    ...(unanchored > 0
      ? [
          `${unanchored} quote(s) not found in their source text: anchored by their words alone, without context or position (the loader's issues say what to fix)`,
        ]
      : []),
    ...(unquoted > 0 ? [`${unquoted} relation(s) with no evidence yet: no quote to annotate`] : []),
  ];
  return {
    files: [
      {
        path: `${name}.jsonld`,
        content: `${JSON.stringify(collection, null, 2)}\n`,
        mime: `application/ld+json;profile="${CONTEXT}"`,
      },
    ],
    dropped,
  };
};
