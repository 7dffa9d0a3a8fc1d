import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuote, foldWhitespace, locateQuote, nearestPassage } from '../../src/domain/quotes';

const TEXT = 'Warsaw nevertheless responded by completely\nclosing its border on the eve of the exercise.';

describe('locateQuote', () => {
  it('maps a quote across a line break back to original offsets', () => {
    const span = locateQuote(foldWhitespace(TEXT), 'completely closing its border');
    expect(span).not.toBeNull();
    expect(TEXT.slice(span!.start, span!.end)).toBe('completely\nclosing its border');
  });

  it('returns null for a quote that changes a word', () => {
    expect(locateQuote(foldWhitespace(TEXT), 'completely closed its border')).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(locateQuote(foldWhitespace(TEXT), '   ')).toBeNull();
  });
});

describe('nearestPassage', () => {
  it('says where a misquote parts from the source', () => {
    const near = nearestPassage(foldWhitespace(TEXT), 'Warsaw nevertheless answered by completely closing');
    expect(near.hint).toContain('the quote has "answered by complete"');
    expect(near.passage.startsWith('Warsaw nevertheless responded')).toBe(true);
  });

  it('uses the end of the quote when the beginning is wrong', () => {
    const near = nearestPassage(
      foldWhitespace(TEXT),
      'Poland responded by completely closing its border on the eve of the exercise.',
    );
    expect(near.hint).toMatch(/its end matches the source/);
  });

  it('tells a wrong source from a misquote', () => {
    const near = nearestPassage(foldWhitespace(TEXT), 'Potash is a key ingredient in fertilisers.');
    expect(near.hint).toMatch(/check that it cites the right source/);
  });
});

describe('foldWhitespace', () => {
  it('folds every run of white space to one space and maps each character back', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', '\u00a0', '’', 'é') }),
        (text) => {
          const { folded, origin } = foldWhitespace(text);
          expect(folded).toBe(text.replace(/\s+/g, ' '));
          expect(origin).toHaveLength(folded.length + 1);
          for (let i = 0; i < folded.length; i++) {
            const original = text[origin[i]!]!;
            expect(folded[i] === ' ' ? /\s/.test(original) : original === folded[i]).toBe(true);
          }
          expect(origin[folded.length]).toBe(text.length);
        },
      ),
    );
  });
});

describe('findQuote', () => {
  it('finds a quote copied as written without folding the text', () => {
    let folds = 0;
    const fold = () => {
      folds++;
      return foldWhitespace(TEXT);
    };
    const span = findQuote(TEXT, fold, 'on the eve of the exercise');
    expect(TEXT.slice(span!.start, span!.end)).toBe('on the eve of the exercise');
    expect(folds).toBe(0);
  });

  it('falls back to folded white space, and says null for a quote that is not there', () => {
    const fold = () => foldWhitespace(TEXT);
    const span = findQuote(TEXT, fold, 'completely closing');
    expect(TEXT.slice(span!.start, span!.end)).toBe('completely\nclosing');
    expect(findQuote(TEXT, fold, 'completely opening')).toBeNull();
  });
});
