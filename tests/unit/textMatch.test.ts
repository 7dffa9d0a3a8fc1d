import { describe, expect, it } from 'vitest';
import { splitByMatch } from '../../src/domain/textMatch';

const marked = (text: string, query: string) =>
  splitByMatch(text, query)
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('');

describe('splitByMatch', () => {
  it('marks every occurrence, ignoring case', () => {
    expect(marked('Belarus and belarusian potash', 'belarus')).toBe('[Belarus] and [belarus]ian potash');
  });

  it('ignores diacritics but marks the original characters', () => {
    expect(marked('Śviatlana Tsikhanouskaya', 'sviatlana')).toBe('[Śviatlana] Tsikhanouskaya');
    expect(marked('Łukashenka’s Café', 'cafe')).toBe('Łukashenka’s [Café]');
  });

  it('keeps decomposed characters whole', () => {
    const decomposed = 'Cafe\u0301 Minsk';
    expect(marked(decomposed, 'cafe')).toBe(`[${decomposed.slice(0, 5)}] Minsk`);
  });

  it('returns the text unmarked when nothing matches or the query is blank', () => {
    expect(splitByMatch('Minsk', 'vilnius')).toEqual([{ text: 'Minsk', match: false }]);
    expect(splitByMatch('Minsk', '  ')).toEqual([{ text: 'Minsk', match: false }]);
  });
});
