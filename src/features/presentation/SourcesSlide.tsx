import { formatCitation } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';

/** The closing slide: every document the story cites, with its full credit. */
export function SourcesSlide({ index, sourceIds }: { index: GraphIndex; sourceIds: readonly string[] }) {
  return (
    <>
      <h2 className="slide-title">Sources</h2>
      <p className="slide-text">Every quote in this story comes word for word from these documents.</p>
      <ol className="slide-sources">
        {sourceIds.map((id) => {
          const source = index.sources.get(id);
          if (!source) return null;
          return (
            <li key={id}>
              <cite>{formatCitation(source)}</cite>
              {source.authors?.length ? <div className="muted">By {source.authors.join(', ')}</div> : null}
              {source.url ? (
                <div>
                  <a href={source.url}>{source.url}</a>
                </div>
              ) : null}
              {source.rights ? <div className="muted">{source.rights}</div> : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
