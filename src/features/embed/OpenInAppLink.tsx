import { useAppStore } from '../../store/appStore';
import { fullAppUrl } from '../../store/embedUrl';
import { searchFromView } from '../../store/urlState';
import { viewOf } from '../../store/viewState';
import type { AppState } from '../../store/appStore';

/** The view on screen, in the full app: the frame's own address without embed=1. */
const selectFullAppUrl = (s: AppState) =>
  fullAppUrl(
    `${window.location.origin}${window.location.pathname}${searchFromView(viewOf(s), window.location.search)}`,
  );

/** Opens the same view in the full app, in a new tab: the article stays where it was. */
export function OpenInAppLink() {
  const href = useAppStore(selectFullAppUrl);
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener">
      Open in Leverage Map
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
