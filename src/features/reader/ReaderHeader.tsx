import type { Source } from '../../domain/schema';
import { SourceMeta, SourceTitle } from './SourceCitation';

interface ReaderToolbarProps {
  passageCount: number;
  /** 1-based place of the current passage, when there is one. */
  current: number | null;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  onClose: () => void;
}

/** Stays at the top while the text scrolls: where you are, how to move, how to leave. */
export function ReaderToolbar({ passageCount, current, onPrevious, onNext, onClose }: ReaderToolbarProps) {
  return (
    <div className="reader-toolbar">
      <p className="reader-count" aria-live="polite">
        {current !== null && <span className="reader-position">{`${current} of `}</span>}
        {passageCount} quoted passage{passageCount === 1 ? '' : 's'}
      </p>
      <button
        type="button"
        className="btn"
        aria-label="Previous quote"
        aria-keyshortcuts="P"
        title="Previous quote (P)"
        onClick={onPrevious ?? undefined}
        disabled={!onPrevious}
      >
        ‹ Previous
      </button>
      <button
        type="button"
        className="btn"
        aria-label="Next quote"
        aria-keyshortcuts="N"
        title="Next quote (N)"
        onClick={onNext ?? undefined}
        disabled={!onNext}
      >
        Next ›
      </button>
      <button type="button" className="btn" aria-label="Close the source reader" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

/** The source's full citation, above its text. */
export function ReaderHeader({ source }: { source: Source }) {
  return (
    <header className="reader-header">
      <p className="panel-heading">Source</p>
      <h2 className="reader-title">
        <SourceTitle source={source} />
      </h2>
      <SourceMeta source={source} />
    </header>
  );
}
