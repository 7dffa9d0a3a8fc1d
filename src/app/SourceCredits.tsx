import { formatPublished } from '../domain/format';
import { useAppStore } from '../store/appStore';
import { selectLoaded } from '../store/selectors';
import './sourceCredits.css';

/**
 * A line under the map that credits every source it quotes (title, publisher, date) and says
 * whose the texts are: the offline copy travels without the app around it, so the credit
 * travels on its face, not only beside each quote (so does the map in an article's frame).
 * `made` says what the page is.
 */
export function SourceCredits({ made = '' }: { made?: string }) {
  const map = useAppStore(selectLoaded);
  if (!map) return null;
  const { sources } = map.dataset;
  return (
    <footer className="source-credits" aria-label="Sources and credits">
      <p>
        {made && `${made} `}
        {sources.length > 0 && (
          <>
            Quoted from{' '}
            {sources.map((source, i) => (
              <span key={source.id}>
                {i > 0 && (i === sources.length - 1 ? ' and ' : '; ')}
                <cite>{source.title}</cite>, {source.publisher}, {formatPublished(source.published)}
              </span>
            ))}
            . The texts belong to their publishers.
          </>
        )}
      </p>
    </footer>
  );
}
