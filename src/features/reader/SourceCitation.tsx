import { formatPublished } from '../../domain/format';
import type { Source } from '../../domain/schema';
import './sourceCitation.css';

/** A source's title as the text gives it, or flagged as ours when the text gives none. */
export function SourceTitle({ source }: { source: Source }) {
  return (
    <>
      <cite className="source-title">{source.title}</cite>
      {source.titleIsOurs && (
        <span className="muted source-title-ours" title="The text has no title; this one describes it.">
          {' '}
          (title ours)
        </span>
      )}
    </>
  );
}

/** Everything but the title: who published it and when, who wrote it, where it lives, whose it is. */
export function SourceMeta({ source }: { source: Source }) {
  return (
    <div className="source-meta">
      <p className="source-line">
        {source.publisher} · {formatPublished(source.published)}
        {source.authors?.length ? ` · by ${source.authors.join(', ')}` : ''}
      </p>
      {source.url && (
        <p className="source-line">
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            Original at {new URL(source.url).hostname}{' '}
            <span className="visually-hidden">(opens in a new tab)</span>
          </a>
        </p>
      )}
      {source.rights && <p className="source-line source-rights muted">{source.rights}</p>}
    </div>
  );
}
