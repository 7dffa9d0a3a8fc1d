import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult } from '../../src/io/loadDataset';

const VALID = JSON.parse(readFileSync('tests/fixtures/minimal.valid.json', 'utf8')) as Record<
  string,
  unknown
>;
const TEXT = readFileSync('tests/fixtures/sources/harbour.txt', 'utf8');
const readText = (p: string) => Promise.resolve(p === 'sources/harbour.txt' ? TEXT : undefined);

// The bundled dataset, read once: its mutations exercise every field the app really uses.
const BELARUS_DIR = 'graph-data/belarus';
const BELARUS = JSON.parse(readFileSync(`${BELARUS_DIR}/dataset.json`, 'utf8')) as Record<string, unknown>;
const BELARUS_TEXTS = new Map<string, string>();
const readBelarusText = (p: string) => {
  if (!BELARUS_TEXTS.has(p)) {
    try {
      BELARUS_TEXTS.set(p, readFileSync(`${BELARUS_DIR}/${p}`, 'utf8'));
    } catch {
      return Promise.resolve(undefined);
    }
  }
  return Promise.resolve(BELARUS_TEXTS.get(p));
};

/** Names every plain object inherits: as ids, keys or values they once crashed the loader. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

/** A replacement value: any JSON, or an inherited name, or an object keyed by one. */
const replacement = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...PROTOTYPE_NAMES)
      .map((name) => JSON.parse(`{"${name}": {"x": 1}}`) as unknown),
  },
);

function wellFormed(result: LoadResult): boolean {
  if (result.ok) return result.issues.every((i) => i.severity === 'warning');
  return (
    result.issues.length > 0 &&
    result.issues.every((i) => typeof i.message === 'string' && i.message.length > 0)
  );
}

/** Replaces the value at a random path in a JSON value with another value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const copy: unknown[] = [...(value as unknown[])];
    const i = path[0]! % copy.length;
    copy[i] = mutate(copy[i], path.slice(1), replacement);
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return replacement;
    const key = keys[path[0]! % keys.length]!;
    return { ...value, [key]: mutate((value as Record<string, unknown>)[key], path.slice(1), replacement) };
  }
  return replacement;
}

describe('the loader never throws', () => {
  it('on arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(wellFormed(await loadDataset({ file: 'x.json', content: value, readText }))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        expect(wellFormed(await loadDataset({ file: 'x.json', content: text, readText }))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('on a valid dataset with one value anywhere replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        replacement,
        async (path, value) => {
          const content = mutate(VALID, path, value);
          expect(wellFormed(await loadDataset({ file: 'x.json', content, readText }))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on a valid dataset truncated at any point', async () => {
    const text = JSON.stringify(VALID);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length }), async (cut) => {
        expect(wellFormed(await loadDataset({ file: 'x.json', content: text.slice(0, cut), readText }))).toBe(
          true,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('on the bundled dataset with values anywhere replaced, inherited names included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), replacement), {
          minLength: 1,
          maxLength: 3,
        }),
        async (changes) => {
          const content = changes.reduce<unknown>(
            (data, [path, value]) => mutate(data, path, value),
            BELARUS,
          );
          const result = await loadDataset({ file: 'dataset.json', content, readText: readBelarusText });
          expect(wellFormed(result)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('huge and deep inputs', () => {
  it('a JSON text nested 100,000 deep is an issue, not a crash', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = await loadDataset({ file: 'x.json', content: `{"format": ${deep}}`, readText });
    expect(wellFormed(result)).toBe(true);
    expect(result.ok).toBe(false);
  });

  it('a 20 MB label and 100,000 unknown fields are issues, not a hang', async () => {
    const content = {
      ...VALID,
      title: 'x'.repeat(20_000_000),
      ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`extra${i}`, i])),
    };
    const result = await loadDataset({ file: 'x.json', content, readText });
    expect(wellFormed(result)).toBe(true);
    expect(result.issues[0]?.message).toMatch(/^unknown fields "extra0", "extra1"/);
  }, 60_000);
});
