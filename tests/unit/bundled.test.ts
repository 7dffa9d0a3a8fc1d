import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDatasetNames, loadBundledDataset } from '../../src/io/bundled';

/** Serves the app's files from the working tree, as the built app's server would. */
function serveFromDisk(failing: (url: string) => boolean = () => false) {
  vi.stubGlobal('fetch', async (url: string) => {
    if (failing(url)) return new Response('not here', { status: 404, statusText: 'Not Found' });
    const file = path.join('.', decodeURIComponent(new URL(url, 'http://app.test/').pathname));
    return new Response(await readFile(file, 'utf8'));
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the bundled datasets', () => {
  it('lists the Belarus dataset', () => {
    expect(bundledDatasetNames()).toContain('belarus');
  });

  it('fetches the dataset and its source texts and loads them through the loader', async () => {
    serveFromDisk();
    const result = await loadBundledDataset('belarus');
    expect(result?.ok).toBe(true);
    expect(result?.issues).toEqual([]);
  });

  it('names the file and what to do when the dataset cannot be fetched', async () => {
    serveFromDisk((url) => url.endsWith('.json'));
    const result = await loadBundledDataset('belarus');
    expect(result?.ok).toBe(false);
    expect(result?.issues).toEqual([
      expect.objectContaining({
        file: 'graph-data/belarus/dataset.json',
        message: expect.stringContaining(
          'could not be fetched (the server answered 404 Not Found)',
        ) as string,
      }),
    ]);
  });

  it('reports a source text that cannot be fetched under the source that names it', async () => {
    serveFromDisk((url) => url.includes('carnegie'));
    const result = await loadBundledDataset('belarus');
    expect(result?.ok).toBe(false);
    expect(result?.issues[0]).toMatchObject({
      path: expect.stringMatching(/^sources\[\d+\]\.text$/) as string,
    });
  });
});
