import { useEffect, useRef, useState, type RefObject } from 'react';
import { quoteFromSelection } from '../../domain/edits/quoteSelection';
import { useAppStore } from '../../store/appStore';
import { isTyping } from '../common/isTyping';
import { selectionOffsets } from './selectionOffsets';

interface QuoteActionsProps {
  sourceId: string;
  text: string;
  /** The element holding the source's text. */
  textRoot: RefObject<HTMLElement | null>;
}

/**
 * On a map of one's own, a passage selected in the reader becomes a relation's quote, or
 * more evidence for one already on the map: exactly the words selected, anchored where
 * they stand. The last selection inside the text is kept, so pressing a button (which can
 * move the selection) still acts on what was selected.
 */
export function QuoteActions({ sourceId, text, textRoot }: QuoteActionsProps) {
  const openEditor = useAppStore((s) => s.openEditor);
  const [message, setMessage] = useState<string | null>(null);
  const last = useRef<{ start: number; end: number } | null>(null);

  useEffect(() => {
    const onChange = () => {
      const root = textRoot.current;
      const selection = window.getSelection();
      if (!root || !selection) return;
      // A selection elsewhere (a button took focus) leaves the last one in the text alone.
      if (selection.rangeCount > 0 && !root.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
      last.current = selection.isCollapsed ? null : selectionOffsets(root, selection);
      if (last.current) setMessage(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [textRoot]);

  const act = (form: 'relation' | 'evidence') => {
    const root = textRoot.current;
    const now = root ? selectionOffsets(root, window.getSelection()) : null;
    const range = now && now.end > now.start ? now : last.current;
    const result = quoteFromSelection(sourceId, text, range ?? { start: 0, end: 0 });
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setMessage(null);
    openEditor({ form, evidence: result.evidence });
  };

  // R and E act on the selection while the reader is open (never while typing).
  const actRef = useRef(act);
  useEffect(() => {
    actRef.current = act;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key !== 'r' && key !== 'e') return;
      if (useAppStore.getState().editor) return;
      event.preventDefault();
      actRef.current(key === 'r' ? 'relation' : 'evidence');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="quote-actions" role="group" aria-label="Quote the selection">
      <p className="quote-actions-hint">Select words of the text, then:</p>
      <div className="quote-actions-buttons">
        <button
          type="button"
          className="btn btn-primary"
          aria-keyshortcuts="R"
          title="Make a relation quoting the selected words (R)"
          onClick={() => act('relation')}
        >
          New relation from selection
        </button>
        <button
          type="button"
          className="btn"
          aria-keyshortcuts="E"
          title="Attach the selected words to a relation or deal on the map (E)"
          onClick={() => act('evidence')}
        >
          Add as evidence
        </button>
      </div>
      {message && (
        <p className="quote-actions-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
