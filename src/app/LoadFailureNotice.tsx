import { useAppStore } from '../store/appStore';
import { selectLoadFailure } from '../store/selectors';

/** Says which part of the app could not be fetched, with a way to try again. */
export function LoadFailureNotice() {
  const failure = useAppStore(selectLoadFailure);
  if (!failure) return null;
  const { clearLoadFailure } = useAppStore.getState();
  return (
    <div className="load-failure" role="alert">
      <span>
        {failure.what} could not be loaded. Check your connection, then try again; the rest of the map still
        works.
      </span>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          clearLoadFailure();
          failure.retry();
        }}
      >
        Try again
      </button>
      <button type="button" className="btn-icon" aria-label="Dismiss" onClick={clearLoadFailure}>
        ×
      </button>
    </div>
  );
}

/** A notice that needs no action beyond reading it, dismissed with ×. */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="load-failure" role="status">
      <span>{notice}</span>
      <button
        type="button"
        className="btn-icon"
        aria-label="Dismiss"
        onClick={() => useAppStore.getState().notify(null)}
      >
        ×
      </button>
    </div>
  );
}
