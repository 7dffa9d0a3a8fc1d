/** A source's text given embedded in "content" rather than as a path in "text". */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/loadDataset';

function loadString(content: string) {
  return loadDataset({ file: 'map.json', content, readText: () => Promise.resolve(undefined) });
}

describe('"text" or "content" on a source', () => {
  const base = {
    format: 'leverage-map',
    version: 1,
    title: 'T',
    description: 'D',
    actors: [],
    relations: [],
  };
  const source = { id: 's', title: 'S', publisher: 'P', published: '2025' };

  it('refuses a source with both, at the source, saying to keep one', async () => {
    const result = await loadString(
      JSON.stringify({ ...base, sources: [{ ...source, text: 's.txt', content: 'Words.' }] }),
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'sources[0]',
        message: expect.stringContaining('has both "text" and "content"; keep one') as string,
      }),
    ]);
  });

  it('refuses a source with neither, saying where a text can go', async () => {
    const result = await loadString(JSON.stringify({ ...base, sources: [source] }));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'sources[0]',
        message: expect.stringContaining(
          'either as a file path in "text" or embedded in "content"',
        ) as string,
      }),
    ]);
  });

  it('warns once on a hidden character in embedded text, naming "content" and no file', async () => {
    const result = await loadString(
      JSON.stringify({ ...base, sources: [{ ...source, content: 'Page one.\fPage\u0007 two.' }] }),
    );
    const hidden = result.issues.filter((i) => i.message.includes('control character'));
    expect(hidden).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'sources[0].content',
        message: expect.stringMatching(
          /^the source's embedded text contains the invisible control character U\+0007/,
        ) as string,
      }),
    ]);
  });
});
