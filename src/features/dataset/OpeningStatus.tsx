import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectOpening } from '../../store/selectors';
import { IssueList } from './IssueList';
import { OpenDatasetButton } from './OpenDatasetButton';

/**
 * Another file being opened over the open map: a banner while it loads, and if it fails its
 * issues over the map, with "Keep current map" (or Esc) to go back to the map as it was.
 */
export function OpeningStatus() {
  const opening = useAppStore(selectOpening);
  const keep = useRef<HTMLButtonElement>(null);
  const failed = opening?.status === 'failed';
  useEffect(() => {
    if (!failed) return;
    keep.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') useAppStore.getState().keepCurrentMap();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [failed]);
  if (!opening) return null;
  if (opening.status === 'loading')
    return (
      <div className="opening-banner" role="status">
        <span className="spinner small" aria-hidden="true" />
        Loading {opening.file}
        {opening.progress ? `: ${opening.progress}…` : '…'} The open map stays until it has loaded.
      </div>
    );
  return (
    <div className="opening-failed" role="dialog" aria-modal="true" aria-labelledby="issue-list-title">
      <IssueList title={`${opening.file} could not be loaded`} issues={opening.issues}>
        <button
          ref={keep}
          type="button"
          className="btn btn-primary"
          onClick={() => useAppStore.getState().keepCurrentMap()}
        >
          Keep current map
        </button>
        <OpenDatasetButton />
      </IssueList>
    </div>
  );
}
