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
      { numRuns: 300 },
    );
  });

  it('on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        expect(wellFormed(await loadDataset({ file: 'x.json', content: text, readText }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid dataset with one value anywhere replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        async (path, replacement) => {
          const content = mutate(VALID, path, replacement);
          expect(wellFormed(await loadDataset({ file: 'x.json', content, readText }))).toBe(true);
        },
      ),
      { numRuns: 500 },
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
      { numRuns: 200 },
    );
  });
});
