import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjacentPassage,
  innermostSpan,
  passageStarts,
  segmentText,
  spansAt,
} from '../../src/domain/readerSegments';

interface TestSpan {
  id: string;
  start: number;
  end: number;
}

const span = (id: string, start: number, end: number): TestSpan => ({ id, start, end });

/** Each segment as "text[ids]", so a whole segmentation reads at a glance. */
function describeSegments(text: string, spans: TestSpan[]) {
  return segmentText(text, spans).map((p) =>
    p.segments.map((s) => (s.spans.length ? `${s.text}[${s.spans.map((x) => x.id).join(',')}]` : s.text)),
  );
}

describe('segmentText', () => {
  it('leaves unmarked text as one segment per paragraph', () => {
    expect(describeSegments('One.\n\nTwo.\nThree.', [])).toEqual([['One.'], ['Two.'], ['Three.']]);
  });

  it('keeps paragraph offsets in the original text and skips blank lines', () => {
    const paras = segmentText('A\n  \r\nB', []);
    expect(paras.map((p) => [p.start, p.end])).toEqual([
      [0, 1],
      [6, 7],
    ]);
  });

  it('cuts overlapping spans at every boundary; the overlap belongs to both', () => {
    // 0123456789
    // abcdefghij   a: [2,6)  b: [4,8)
    expect(describeSegments('abcdefghij', [span('a', 2, 6), span('b', 4, 8)])).toEqual([
      ['ab', 'cd[a]', 'ef[a,b]', 'gh[b]', 'ij'],
    ]);
  });

  it('handles a span nested in another and two identical spans', () => {
    expect(
      describeSegments('abcdefghij', [span('outer', 1, 9), span('inner', 3, 5), span('twin', 3, 5)]),
    ).toEqual([['a', 'bc[outer]', 'de[outer,inner,twin]', 'fghi[outer]', 'j']]);
  });

  it('marks a span that crosses a line break in both paragraphs, without the break', () => {
    const text = 'first line\nsecond line';
    expect(describeSegments(text, [span('q', 6, 17)])).toEqual([
      ['first ', 'line[q]'],
      ['second[q]', ' line'],
    ]);
  });

  it('ignores empty spans and clips spans that run past the text', () => {
    expect(describeSegments('abc', [span('empty', 1, 1), span('long', 2, 99)])).toEqual([['ab', 'c[long]']]);
  });

  it('always reproduces each paragraph exactly, whatever the spans', () => {
    const text = 'The quick brown fox\njumps over\n\nthe lazy dog.';
    const arbSpan = fc
      .tuple(fc.nat(text.length), fc.nat(text.length))
      .map(([a, b]) => span('s', Math.min(a, b), Math.max(a, b)));
    fc.assert(
      fc.property(fc.array(arbSpan, { maxLength: 8 }), (spans) => {
        for (const para of segmentText(text, spans)) {
          expect(para.segments.map((s) => s.text).join('')).toBe(text.slice(para.start, para.end));
          for (const seg of para.segments) {
            expect(seg.end).toBeGreaterThan(seg.start);
            const covering = spans.filter((s) => s.start <= seg.start && s.end >= seg.end);
            expect(seg.spans).toEqual(covering);
          }
        }
      }),
    );
  });
});

describe('passage navigation', () => {
  const spans = [span('a', 10, 20), span('b', 2, 5), span('c', 10, 30), span('empty', 40, 40)];

  it('lists distinct passage starts in text order', () => {
    expect(passageStarts(spans)).toEqual([2, 10]);
  });

  it('moves to the next and previous passage, and stops at the ends', () => {
    const starts = passageStarts(spans);
    expect(adjacentPassage(starts, undefined, 'next')).toBe(2);
    expect(adjacentPassage(starts, undefined, 'previous')).toBeNull();
    expect(adjacentPassage(starts, 2, 'next')).toBe(10);
    expect(adjacentPassage(starts, 10, 'next')).toBeNull();
    expect(adjacentPassage(starts, 10, 'previous')).toBe(2);
    expect(adjacentPassage(starts, 2, 'previous')).toBeNull();
  });

  it('finds the spans covering an offset', () => {
    expect(spansAt(spans, 12).map((s) => s.id)).toEqual(['a', 'c']);
    expect(spansAt(spans, 20).map((s) => s.id)).toEqual(['c']);
    expect(spansAt(spans, 0)).toEqual([]);
  });
});

describe('innermostSpan', () => {
  it('prefers the span that starts last, then the shortest', () => {
    expect(innermostSpan([span('deal', 0, 50), span('rel', 0, 20), span('outer', -5, 60)])?.id).toBe('rel');
    expect(innermostSpan([span('a', 0, 10), span('b', 4, 30)])?.id).toBe('b');
    expect(innermostSpan<TestSpan>([])).toBeUndefined();
  });
});
