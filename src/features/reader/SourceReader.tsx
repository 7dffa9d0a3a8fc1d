import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isTyping } from '../common/isTyping';
import type { GraphIndex } from '../../domain/graphIndex';
import type { QuoteSpan } from '../../domain/integrity';
import { passageElements, type PassageElement } from '../../domain/passageElements';
import {
  adjacentPassage,
  innermostSpan,
  passageStarts,
  segmentText,
  spansAt,
  type ReaderSegment,
} from '../../domain/readerSegments';
import type { Source } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import {
  selectEditable,
  selectIndex,
  selectLoaded,
  selectReader,
  selectSelected,
} from '../../store/selectors';
import { PassageSupports } from './PassageSupports';
import { QuoteActions } from './QuoteActions';
import { ReaderHeader, ReaderToolbar } from './ReaderHeader';
import { ReaderText } from './ReaderText';
import { useScrollToCurrent } from './useScrollToCurrent';
import './reader.css';

const NO_SPANS: readonly QuoteSpan[] = [];

/** The left column while a source is open: its full text with every quote marked. */
export function SourceReader() {
  const index = useAppStore(selectIndex);
  const loaded = useAppStore(selectLoaded);
  const reader = useAppStore(selectReader);
  const closeReader = useAppStore((s) => s.closeReader);
  const source = reader ? index?.sources.get(reader.sourceId) : undefined;
  const text = reader ? loaded?.texts[reader.sourceId] : undefined;
  if (!index || !reader) return <aside className="reader" aria-label="Source reader" />;
  if (!source || text === undefined) {
    return (
      <aside className="reader" aria-label="Source reader">
        <div className="reader-missing">
          <h2>Source not found</h2>
          <p>There is no source “{reader.sourceId}” in this dataset.</p>
          <button type="button" className="btn" onClick={closeReader}>
            Close
          </button>
        </div>
      </aside>
    );
  }
  return <OpenSource key={source.id} index={index} source={source} text={text} at={reader.at} />;
}

interface OpenSourceProps {
  index: GraphIndex;
  source: Source;
  text: string;
  at: number | undefined;
}

function OpenSource({ index, source, text, at }: OpenSourceProps) {
  const selected = useAppStore(selectSelected);
  const select = useAppStore((s) => s.select);
  const openReader = useAppStore((s) => s.openReader);
  const closeReader = useAppStore((s) => s.closeReader);
  const asideRef = useRef<HTMLElement>(null);
  const textRoot = useRef<HTMLDivElement>(null);
  const editable = useAppStore(selectEditable);
  const focusCurrent = useRef(false);
  // Where the reader was last clicked, so the passage box lists what covers that very spot
  // rather than everything that starts where the chosen quote starts.
  const [picked, setPicked] = useState<{ at: number; offset: number } | null>(null);

  const spans = index.spansBySource.get(source.id) ?? NO_SPANS;
  const paragraphs = useMemo(() => segmentText(text, spans), [text, spans]);
  const starts = useMemo(() => passageStarts(spans), [spans]);
  const selectedId = selected && selected.kind !== 'actor' ? selected.id : null;

  const current = useMemo(() => {
    if (at === undefined) return new Set<QuoteSpan>();
    const here = spans.filter((s) => s.start === at);
    // Quotes of a deal and of its relations often start together; the selected one is "the" quote.
    const preferred = here.filter((s) => s.elementId === selectedId);
    return new Set(preferred.length ? preferred : here);
  }, [spans, at, selectedId]);

  const supportOffset = picked && picked.at === at ? picked.offset : at;
  const supports = useMemo(
    () => (supportOffset === undefined ? [] : passageElements(index, spansAt(spans, supportOffset))),
    [index, spans, supportOffset],
  );

  useScrollToCurrent(asideRef, source.id, at, focusCurrent);

  const onActivate = useCallback(
    (segment: ReaderSegment<QuoteSpan>) => {
      const span = innermostSpan(segment.spans);
      if (!span) return;
      select(
        { kind: span.elementKind === 'deal' ? 'deal' : 'relation', id: span.elementId },
        { centre: true },
      );
      openReader({ sourceId: span.sourceId, at: span.start });
      setPicked({ at: span.start, offset: segment.start });
    },
    [select, openReader],
  );

  const onChoose = (element: PassageElement) =>
    select({ kind: element.kind, id: element.id }, { centre: true });

  const go = (direction: 'next' | 'previous') => {
    const target = adjacentPassage(starts, at, direction);
    return target === null ? null : () => openReader({ sourceId: source.id, at: target });
  };
  const previous = go('previous');
  const next = go('next');

  // N and P step through the quotes whenever the reader is open, wherever focus is (but
  // never while typing): the app's own N (focus) and P (paths) rest meanwhile. Bound on the
  // window in the capture phase, so it runs before the app's shortcuts (useShortcuts).
  const step = useRef({ next, previous });
  useEffect(() => {
    step.current = { next, previous };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key !== 'n' && key !== 'p') return;
      if (useAppStore.getState().presenting) return;
      event.stopPropagation();
      event.preventDefault();
      const move = key === 'n' ? step.current.next : step.current.previous;
      if (!move) return;
      focusCurrent.current = true;
      move();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  const position = at === undefined ? -1 : starts.indexOf(at);
  return (
    <aside ref={asideRef} className="reader" aria-label="Source reader">
      <div className="reader-top">
        <ReaderToolbar
          passageCount={starts.length}
          current={position >= 0 ? position + 1 : null}
          onPrevious={previous}
          onNext={next}
          onClose={closeReader}
        />
        {editable && <QuoteActions sourceId={source.id} text={text} textRoot={textRoot} />}
      </div>
      <ReaderHeader source={source} />
      <div ref={textRoot}>
        <ReaderText
          paragraphs={paragraphs}
          current={current}
          selectedId={selectedId}
          onActivate={onActivate}
        />
      </div>
      <PassageSupports elements={supports} selected={selected} onChoose={onChoose} />
    </aside>
  );
}
