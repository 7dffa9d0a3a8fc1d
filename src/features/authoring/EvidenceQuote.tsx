import { formatCitation } from '../../domain/format';
import type { Evidence, Source } from '../../domain/schema';
import '../details/quotes.css';

/** A quote as the form shows it, read-only, credited to its source: the words the relation rests on. */
export function EvidenceQuote({ evidence, source }: { evidence: Evidence; source: Source | undefined }) {
  return (
    <figure className="quote authoring-quote">
      <blockquote cite={source?.url}>
        <p>{evidence.quote}</p>
      </blockquote>
      <figcaption className="quote-credit">
        <span className="quote-source">
          {source ? formatCitation(source) : `Unknown source “${evidence.source}”`}
        </span>
      </figcaption>
    </figure>
  );
}
