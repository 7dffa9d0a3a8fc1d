import { formatPublished } from '../../domain/format';
import type { QuoteSpan } from '../../domain/integrity';
import type { Source } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import './quotes.css';

interface QuoteBlockProps {
  quote: string;
  sourceId: string;
  source: Source | undefined;
  /** Where the quote stands in its source; without it the reader opens at the top. */
  span: QuoteSpan | undefined;
  /** Whether "Show in source" is offered: not where there is no reader (an embedded map). */
  reader?: boolean;
}

/** A verbatim quote, credited to its source wherever it appears, with a way into the full text. */
export function QuoteBlock({ quote, sourceId, source, span, reader = true }: QuoteBlockProps) {
  const openReader = useAppStore((s) => s.openReader);
  return (
    <figure className="quote">
      <blockquote cite={source?.url}>
        <p>{quote}</p>
      </blockquote>
      <figcaption className="quote-credit">
        <span className="quote-source">
          {source ? (
            <>
              <cite>{source.title}</cite>
              {source.titleIsOurs && <span className="muted"> (title ours)</span>}, {source.publisher},{' '}
              {formatPublished(source.published)}
            </>
          ) : (
            <>Unknown source “{sourceId}”</>
          )}
        </span>
        {reader && (
          <button
            type="button"
            className="btn quote-show"
            onClick={() => openReader(span ? { sourceId, at: span.start } : { sourceId })}
          >
            Show in source
          </button>
        )}
      </figcaption>
    </figure>
  );
}
