import { useMemo } from 'react';
import { actorLabel, formatCount } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { noPathInWords, pathRoute, scoreInWords, stepSentences } from '../../domain/leverage/inWords';
import { explainNoPath } from '../../domain/leverage/paths';
import { SCORING_IN_WORDS } from '../../domain/leverage/strength';
import { useAppStore } from '../../store/appStore';
import { selectPaths, selectPathSearch, type PathSearch } from '../../store/selectors';
import { PathHops } from './PathHops';

/** The answer to the path question: ranked paths, or why there are none. */
export function PathResults({ index }: { index: GraphIndex }) {
  const search = useAppStore(selectPathSearch);
  const { chosen } = useAppStore(selectPaths);
  const choosePath = useAppStore((s) => s.choosePath);
  if (!search) return null;
  const { paths, truncated } = search.result;
  const from = actorLabel(index, search.from);
  const to = actorLabel(index, search.to);
  return (
    <div className="path-results">
      <h3 id="path-results-heading" tabIndex={-1} className="path-results-heading">
        How {from} can move {to}
      </h3>
      <p role="status" className="muted path-count">
        {paths.length === 0
          ? 'No path found.'
          : `${paths.length === 1 ? '1 path' : `${formatCount(paths.length, 'path')}, strongest first`}${truncated ? ' (the strongest found; weaker ones exist)' : ''}. Choose one to see every step and its quotes.`}
      </p>
      {paths.length === 0 ? (
        <NoPath index={index} search={search} />
      ) : (
        <ol className="path-list" aria-label="Paths">
          {paths.map((path, i) => (
            <li key={path.actors.join('>')} className={chosen === i ? 'path-item is-chosen' : 'path-item'}>
              <button
                type="button"
                className="path-choice"
                aria-expanded={chosen === i}
                onClick={() => choosePath(chosen === i ? null : i)}
              >
                <span className="path-rank" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="path-text">
                  <span className="path-route">{pathRoute(index, path)}</span>{' '}
                  <span className="path-steps">
                    {stepSentences(index, path).map((sentence, step) => (
                      <span key={step} className="path-step-line">
                        <span className="visually-hidden">Step {step + 1}: </span>
                        <span aria-hidden="true">{step + 1}. </span>
                        {sentence}.{' '}
                      </span>
                    ))}
                  </span>
                  <span className="path-meta">
                    {scoreInWords(path)} · {formatCount(path.quotes, 'quote')}
                  </span>
                </span>
              </button>
              {chosen === i && <PathHops index={index} path={path} rank={i} />}
            </li>
          ))}
        </ol>
      )}
      <details className="path-scoring">
        <summary>How paths are scored</summary>
        <p>
          A path follows leverage, not arrows: a dependency gives the leverage to the side depended on, a
          channel carries it both ways. {SCORING_IN_WORDS}
        </p>
      </details>
    </div>
  );
}

function NoPath({ index, search }: { index: GraphIndex; search: PathSearch }) {
  const swapPathEnds = useAppStore((s) => s.swapPathEnds);
  const why = useMemo(
    () => explainNoPath(search.graph, search.from, search.to, { maxHops: search.maxHops }),
    [search],
  );
  return (
    <div className="path-empty">
      <p>{noPathInWords(index, search.from, search.to, search.maxHops, why)}</p>
      {why.reverse && (
        <button type="button" className="btn" onClick={swapPathEnds}>
          Swap: how {actorLabel(index, search.to)} can move {actorLabel(index, search.from)}
        </button>
      )}
    </div>
  );
}
