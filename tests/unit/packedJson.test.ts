import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packJson, unpackJson } from '../../src/io/packedJson';

/** The value as the page gets it: packed, sent (a structured clone), unpacked. */
const roundTrip = (value: unknown) => {
  const packed = packJson(value);
  return packed === undefined ? undefined : unpackJson(structuredClone(packed));
};

const claim = 'Minsk freed 52 prisoners in September 2025.';
const quote = 'Lukashenka’s “thaw” — Белару́сь 🇧🇾, in words of its own.';

describe('JSON with its longer strings in tables', () => {
  it('gives back what it was given, as JSON.stringify and JSON.parse would', () => {
    const value = {
      id: 'short-id',
      claim,
      evidence: [{ source: 'ecfr-belarus-thaw', quote }],
      weight: 0.75,
      contested: false,
      when: null,
      skipped: undefined,
      empty: '',
      latin1: 'Übergang über die Grenze, café',
      // Strings that begin as a reference would: short and long, of either table.
      marks: [
        '\u0000',
        '\u00007',
        '\u0001',
        '\u00012 is not a reference',
        '\u0000 nor is this, at any length',
      ],
      lone: 'a lone surrogate \ud800 in a long string',
      nested: [[1, 'two'], { deeper: [quote, claim, quote] }],
    };
    expect(roundTrip(value)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(roundTrip('only a string, long enough to be tabled')).toBe(
      'only a string, long enough to be tabled',
    );
    expect(roundTrip(undefined)).toBeUndefined();
  });

  it('keeps a key such as "__proto__" an own key, and the prototype of what it builds', () => {
    const value = JSON.parse(
      '{"__proto__": "a source whose id is the prototype key", "constructor": "x"}',
    ) as object;
    const back = roundTrip(value) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toBe(
      'a source whose id is the prototype key',
    );
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(back.constructor).toBe('x');
  });

  it('leaves short strings in the JSON and joins the rest, Latin-1 apart from the others', () => {
    const packed = packJson({ type: 'sanction', claim, quote, again: claim })!;
    expect(packed.json).toContain('"sanction"');
    expect(packed.json).not.toContain('prisoners');
    expect(packed.tables[0].joined).toBe(claim + claim);
    expect(packed.tables[0].ends).toEqual([claim.length, 2 * claim.length]);
    expect(packed.tables[1].joined).toBe(quote);
  });

  it('refuses a reference to no string rather than making one up', () => {
    const packed = packJson({ claim })!;
    expect(() => unpackJson({ ...packed, tables: [{ joined: '', ends: [] }, packed.tables[1]] })).toThrow(
      'a string 0 of no table',
    );
  });

  it('gives back any JSON value it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(roundTrip(value)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
    // Strings anywhere, of any characters, including the two that begin a reference.
    const text = fc.string({
      unit: fc.constantFrom('\u0000', '\u0001', 'a', 'é', 'ж', '🇧', '\ud800'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.array(fc.dictionary(text, fc.oneof(text, fc.array(text)))), (value) => {
        expect(roundTrip(value)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });
});
