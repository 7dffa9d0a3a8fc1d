import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { QuoteSpan } from '../../domain/integrity';
import type { ReaderParagraph, ReaderSegment } from '../../domain/readerSegments';

interface ReaderTextProps {
  paragraphs: readonly ReaderParagraph<QuoteSpan>[];
  /** Spans of the passage the reader is at. */
  current: ReadonlySet<QuoteSpan>;
  /** The relation or deal selected elsewhere, whose quotes are emphasised. */
  selectedId: string | null;
  onActivate: (segment: ReaderSegment<QuoteSpan>) => void;
}

function userIsSelectingText(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed;
}

/**
 * The source text with every verified quote marked. A mark is one segment; a quote cut by
 * others spans several. Only the segment where a quote begins is a tab stop, so the
 * keyboard visits each quote once.
 */
export const ReaderText = memo(function ReaderText({
  paragraphs,
  current,
  selectedId,
  onActivate,
}: ReaderTextProps) {
  return (
    <div className="reader-text" lang="en">
      {paragraphs.map((para) => (
        <p key={para.start} data-start={para.start}>
          {para.segments.map((seg) => {
            if (!seg.spans.length) return seg.text;
            const isCurrent = seg.spans.some((s) => current.has(s));
            const isSelected = selectedId !== null && seg.spans.some((s) => s.elementId === selectedId);
            const startsQuote = seg.spans.some((s) => s.start === seg.start);
            // A blank segment (the space where one quote's words are cut by another's) has
            // nothing to name a button by: it stays marked and clickable, and the keyboard
            // reaches its quote at the quote's start, which is never blank.
            const blank = seg.text.trim() === '';
            const classes = [
              'reader-mark',
              seg.spans.length > 1 ? 'reader-mark-overlap' : '',
              isSelected ? 'reader-mark-selected' : '',
              isCurrent ? 'reader-mark-current' : '',
            ];
            return (
              <mark
                key={seg.start}
                className={classes.filter(Boolean).join(' ')}
                role={blank ? undefined : 'button'}
                tabIndex={blank ? undefined : startsQuote ? 0 : -1}
                aria-current={isCurrent ? 'true' : undefined}
                data-start={seg.start}
                onClick={(event: MouseEvent) => {
                  // A drag to copy a quote ends in a click; it should not jump the selection.
                  if (event.detail > 0 && userIsSelectingText()) return;
                  onActivate(seg);
                }}
                onKeyDown={(event: KeyboardEvent) => {
                  if (event.key !== 'Enter' && event.key !== ' ') return;
                  event.preventDefault();
                  onActivate(seg);
                }}
              >
                {seg.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});
