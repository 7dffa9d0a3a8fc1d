import { formatCitation, relationSentence, shortSourceName } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Citation } from '../../domain/story';

/**
 * What the slide claims, each with numbered footnotes to the exact quotes behind it, and the
 * footnotes themselves with their sources: every claim on screen is traceable.
 */
export function SlideCitations({
  index,
  highlight,
  citations,
  compact = false,
}: {
  index: GraphIndex;
  highlight: readonly string[];
  citations: readonly Citation[];
  /** On a slide: each footnote on one line (whole on hover, in the handout and the sources). */
  compact?: boolean;
}) {
  const claims = highlight
    .map((id) => {
      const rel = index.relations.get(id);
      const deal = index.deals.get(id);
      const text = rel ? relationSentence(index, rel) : deal ? `Deal: ${deal.label}` : null;
      return text
        ? { id, text, refs: citations.filter((c) => c.elementId === id).map((c) => c.number) }
        : null;
    })
    .filter((c) => c !== null);
  if (claims.length === 0) return null;
  return (
    <>
      <ul className="slide-claims" aria-label="On this slide">
        {claims.map((claim) => (
          <li key={claim.id}>
            {claim.text}
            {claim.refs.map((n) => (
              <a key={n} href={`#slide-cite-${n}`} className="footnote-ref" aria-label={`source ${n}`}>
                [{n}]
              </a>
            ))}
          </li>
        ))}
      </ul>
      <ol
        className={compact ? 'slide-footnotes compact' : 'slide-footnotes'}
        aria-label="Sources for this slide"
      >
        {citations.map((c) => {
          const source = index.sources.get(c.evidence.source);
          const cited = source ? formatCitation(source) : c.evidence.source;
          // On a slide: the quote's first line and the source's short name; the whole of
          // both on hover, on the sources slide and in the handout.
          return compact ? (
            <li key={c.number} id={`slide-cite-${c.number}`} value={c.number}>
              <q title={c.evidence.quote}>{c.evidence.quote}</q>{' '}
              <cite title={cited}>{source ? shortSourceName(source) : c.evidence.source}</cite>
            </li>
          ) : (
            <li key={c.number} id={`slide-cite-${c.number}`} value={c.number}>
              <q>{c.evidence.quote}</q> <cite>{cited}</cite>
            </li>
          );
        })}
      </ol>
    </>
  );
}
