import { useState } from 'react';
import { describeFailure } from '../../app/retryable';
import { useAppStore } from '../../store/appStore';
import { graphCommands } from '../../store/graphCommands';

/** Draws every slide of the story and opens the printable handout. */
export function HandoutButton({ storyId }: { storyId: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const openHandout = useAppStore((s) => s.openHandout);
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={busy}
        title="One page per slide with its citations; print it or save it as PDF"
        onClick={() => {
          setBusy(true);
          setError(null);
          void graphCommands
            .captureSlides(storyId)
            .then((images) => {
              if (images) openHandout(storyId, images);
            })
            .catch((err: unknown) => setError(`Could not prepare the handout: ${describeFailure(err)}.`))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? 'Preparing…' : 'Handout'}
      </button>
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </>
  );
}
