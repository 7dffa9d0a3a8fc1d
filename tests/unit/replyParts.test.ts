import { describe, expect, it } from 'vitest';
import { unpackJson } from '../../src/io/packedJson';
import { PartsReader, SLICE, PART_CHARACTERS, toParts, type ReplyPart } from '../../src/io/replyParts';

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
    // A record, its keys those of actors: one such as "__proto__" is its own.
    positions: JSON.parse(
      JSON.stringify({
        ...Object.fromEntries(Array.from({ length: SLICE }, (_, i) => [`a${i}`, { x: i, y: -i }])),
        constructor: { x: 1, y: 2 },
      }).replace('{', '{"__proto__":{"x":3,"y":4},'),
    ) as Record<string, { x: number; y: number }>,
  },
  spans: [],
};
const paths = [
  ['issues'],
  ['dataset', 'actors'],
  ['dataset', 'relations'],
  ['dataset', 'positions'],
  ['spans'],
  ['loaded', 'spans'],
];
const texts = {
  ecfr: 'Lukashenka’s “thaw” — 2025.\nÜber Minsk: Белару́сь, 🇧🇾 and a\u00a0no-break space.',
  constructor: 'A source whose id every object inherits.',
  ['__proto__']: 'A source whose id is the prototype’s key.',
  long: 'x'.repeat(PART_CHARACTERS),
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
    const { positions } = (reader.result() as typeof body).dataset;
    expect(Object.getOwnPropertyDescriptor(positions, '__proto__')?.value).toEqual({ x: 3, y: 4 });
    expect(Object.getPrototypeOf(positions)).toBe(Object.prototype);
    expect(Object.keys(positions)).toEqual(Object.keys(body.dataset.positions));
    expect(Object.getOwnPropertyDescriptor(reader.texts, '__proto__')?.value).toBe(
      'A source whose id is the prototype’s key.',
    );
  });

  it('sends a small head first, the long lists in slices of at most SLICE items, and the texts in batches', () => {
    const parts = [...toParts(body, paths, texts)];
    expect(
      parts.map((part) =>
        part.type === 'slice'
          ? `slice ${part.path.join('.')} ${(unpackJson(part.packed) as unknown[]).length}`
          : part.type === 'texts'
            ? `texts ${Object.keys(unpackJson(part.packed) as object).join(',')}`
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
      `slice dataset.positions ${SLICE}`,
      'slice dataset.positions 2',
      'texts ecfr,constructor,__proto__',
      'texts long,empty',
    ]);
    const head = parts[0]!;
    expect(head.type === 'head' && unpackJson(head.packed)).toEqual({
      ...body,
      issues: [],
      dataset: { title: 'A big map', actors: [], relations: [], positions: {} },
    });
  });

  it('cuts a slice of long items smaller, so that no message holds much more than PART_CHARACTERS', () => {
    // Sources with their texts embedded: 300 of about a tenth of PART_CHARACTERS each.
    const text = (i: number) =>
      `Source ${i}: ${'Lukashenka’s thaw, in so many words. '.repeat(PART_CHARACTERS / 400)}`;
    const sources = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, content: text(i) }));
    const big = {
      ok: true,
      dataset: { sources, huge: [{ id: 'alone', content: 'x'.repeat(3 * PART_CHARACTERS) }] },
    };
    const parts = [
      ...toParts(big, [
        ['dataset', 'sources'],
        ['dataset', 'huge'],
      ]),
    ];
    const sizes = parts.map(
      ({ packed }) => packed.json.length + packed.tables[0].joined.length + packed.tables[1].joined.length,
    );
    const slices = parts.filter((part) => part.type === 'slice' && part.path[1] === 'sources');
    expect(slices.length).toBeGreaterThan(25);
    expect(Math.max(...sizes.slice(0, -1))).toBeLessThanOrEqual(PART_CHARACTERS);
    // An item longer than PART_CHARACTERS is a part of its own, whole.
    expect(sizes.at(-1)).toBeGreaterThan(3 * PART_CHARACTERS);
    expect(readAll(parts).result()).toEqual(big);
  });

  it('says so, rather than giving back half a result, when the head never came', () => {
    expect(() => new PartsReader().result()).toThrow('the result ended before its head arrived');
    expect(() => readAll([...toParts(body, paths, texts)].slice(1))).toThrow(
      'a part of the result came before its head',
    );
  });
});
