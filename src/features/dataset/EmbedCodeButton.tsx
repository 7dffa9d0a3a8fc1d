import { useRef, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { embedCode, embedUrl } from '../../store/embedUrl';
import { selectData } from '../../store/selectors';

type Outcome = { kind: 'copied' } | { kind: 'manual'; code: string };

/**
 * Copies the code that shows the current view in an article: a frame of this address with
 * embed=1 (store/embedUrl.ts). Where the clipboard refuses, the code is shown selected, to
 * copy by hand. Only a map this site serves can be embedded: a map of one's own lives in
 * this browser, where the article's readers cannot reach it.
 */
export function EmbedCodeButton() {
  const data = useAppStore(selectData);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const manual = useRef<HTMLTextAreaElement>(null);
  if (data.status !== 'ready') return null;
  const { origin } = data;
  if (origin.kind !== 'bundled') {
    return (
      <p className="muted">
        Only a map this site serves can be embedded; a map of your own can go out as a single web page.
      </p>
    );
  }
  const copy = async () => {
    const code = embedCode(embedUrl(window.location.href, origin.name), data.history.present.dataset.title);
    try {
      await navigator.clipboard.writeText(code);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', code });
      // Once shown: selected, so Ctrl+C (or Cmd+C) is all it takes.
      requestAnimationFrame(() => {
        manual.current?.focus();
        manual.current?.select();
      });
    }
  };
  return (
    <>
      <button
        type="button"
        className="btn"
        title="Code for an article: this view of the map, in a frame, read-only"
        onClick={() => void copy()}
      >
        Copy embed code
      </button>
      <p role="status" className="muted">
        {outcome?.kind === 'copied' && 'Embed code copied'}
        {outcome?.kind === 'manual' && 'The clipboard is not available here: copy the code below.'}
      </p>
      {outcome?.kind === 'manual' && (
        <textarea
          ref={manual}
          className="embed-code"
          aria-label="Embed code"
          readOnly
          rows={4}
          value={outcome.code}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </>
  );
}
