import { describe, expect, it } from 'vitest';
import { PartsReader, SLICE, TEXTS_PER_MESSAGE, toParts, type ReplyPart } from '../../src/io/replyParts';

const relation = (i: number) => ({
  id: `r${i}`,
  from: `a${i}`,
  to: `a${i + 1}`,
  evidence: [{ quote: `“${i}”` }],
});

const body = {
  ok: true,
  issues: [{ severity: 'warning', path: 'relations[3]', message: 'no evidence yet' }],
  dataset: {
    title: 'A big map',
    actors: Array.from({ length: SLICE + 1 }, (_, i) => ({ id: `a${i}` })),
    relations: Array.from({ length: 2 * SLICE + 7 }, (_, i) => relation(i)),
  },
  spans: [],
};
const paths = [['issues'], ['dataset', 'actors'], ['dataset', 'relations'], ['spans'], ['loaded', 'spans']];
const texts = {
  ecfr: 'Lukashenka’s “thaw” — 2025.\nÜber Minsk: Белару́сь, 🇧🇾 and a\u00a0no-break space.',
  constructor: 'A source whose id every object inherits.',
  long: 'x'.repeat(TEXTS_PER_MESSAGE),
  empty: '',
};

/** The parts as the page receives them: each a structured clone, as postMessage makes it. */
function readAll(parts: Iterable<ReplyPart>) {
  const reader = new PartsReader();
  for (const part of parts) reader.read(structuredClone(part));
  return reader;
}

describe('a worker result sent in parts', () => {
  it('comes back whole, with its texts, and leaves the object it was made from as it was', () => {
    const before = JSON.stringify(body);
    const reader = readAll(toParts(body, paths, texts));
    expect(JSON.stringify(body)).toBe(before);
    expect(reader.result()).toEqual(body);
    expect({ ...reader.texts }).toEqual(texts);
    // Keyed with no prototype: "constructor" is the source's text, not Object's.
    expect(Object.getPrototypeOf(reader.texts)).toBeNull();
    expect(reader.texts.constructor).toBe('A source whose id every object inherits.');
  });

  it('sends a small head first, the long lists in slices of at most SLICE items, and the texts in batches', () => {
    const parts = [...toParts(body, paths, texts)];
    expect(
      parts.map((part) =>
        part.type === 'slice'
          ? `slice ${part.path.join('.')} ${(JSON.parse(part.json) as unknown[]).length}`
          : part.type === 'texts'
            ? `texts ${Object.keys(part.texts).join(',')}`
            : part.type,
      ),
    ).toEqual([
      'head',
      'slice issues 1',
      `slice dataset.actors ${SLICE}`,
      'slice dataset.actors 1',
      `slice dataset.relations ${SLICE}`,
      `slice dataset.relations ${SLICE}`,
      'slice dataset.relations 7',
      'texts ecfr,constructor',
      'texts long,empty',
    ]);
    const head = parts[0]!;
    expect(head.type === 'head' && JSON.parse(head.json)).toEqual({
      ...body,
      issues: [],
      dataset: { title: 'A big map', actors: [], relations: [] },
    });
  });

  it('says so, rather than giving back half a result, when the head never came', () => {
    const reader = readAll([...toParts(body, paths, texts)].slice(1, 1));
    expect(() => reader.result()).toThrow('the result ended before its head arrived');
  });
});
