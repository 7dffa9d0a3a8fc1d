import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedBundledDatasets } from '../../scripts/lib/checkedDatasets';
import { loadDatasetFile } from '../../scripts/lib/readDataset';
import { openBuiltDataset } from '../../src/io/builtDataset';

interface Emitted {
  name: string;
  originalFileName: string;
  source: string;
}

/** Runs the plugin's load hook as the build would, collecting what it emits or the error it raises. */
async function build(file: string, root: string) {
  const emitted: Emitted[] = [];
  const context = {
    emitFile: (asset: Emitted) => {
      emitted.push(asset);
      return 'ref1';
    },
    addWatchFile: () => undefined,
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  const plugin = checkedBundledDatasets(root);
  const load = plugin.load as unknown as (this: typeof context, id: string) => Promise<string | null>;
  const code = await load.call(context, `${file}?url`);
  return { code, emitted };
}

/** Reads a source's text beside the dataset, as the page fetches it. */
const fromDisk = (folder: string) => async (relative: string) => {
  try {
    return new Uint8Array(await readFile(path.join(folder, relative)));
  } catch {
    return undefined;
  }
};

const BELARUS = path.resolve('graph-data/belarus/dataset.json');
const FILE = 'graph-data/belarus/dataset.json';

describe('a dataset that ships with the app, checked when the app is built', () => {
  it('opens on the page as the whole loader reads it: the same dataset, texts, quotes and warnings', async () => {
    const { code, emitted } = await build(BELARUS, process.cwd());
    expect(code).toBe('export default import.meta.ROLLUP_FILE_URL_ref1;');
    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toMatchObject({ name: 'dataset.json', originalFileName: FILE });
    const opened = await openBuiltDataset(
      FILE,
      new TextEncoder().encode(emitted[0]!.source),
      fromDisk(path.dirname(BELARUS)),
    );
    const loaded = await loadDatasetFile(BELARUS);
    expect(opened.ok).toBe(true);
    expect(loaded.ok).toBe(true);
    if (!opened.ok || !loaded.ok) return;
    expect(opened.dataset).toEqual(loaded.dataset);
    expect(opened.spans).toEqual(loaded.spans);
    expect({ ...opened.texts }).toEqual({ ...loaded.texts });
    expect(opened.issues).toEqual(loaded.issues.map((issue) => ({ ...issue, file: FILE })));
  });

  it('fails the build on a dataset with an error, naming the file, the place and what to do', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lm-built-'));
    const folder = path.join(root, 'graph-data', 'broken');
    mkdirSync(path.join(folder, 'sources'), { recursive: true });
    const dataset = JSON.parse(readFileSync(BELARUS, 'utf8')) as {
      relations: { evidence: { quote: string }[] }[];
    };
    dataset.relations[0]!.evidence[0]!.quote = 'A sentence neither article contains.';
    writeFileSync(path.join(folder, 'dataset.json'), JSON.stringify(dataset));
    for (const text of ['ecfr-belarus-thaw.txt', 'carnegie-2025-12-17.txt'])
      writeFileSync(
        path.join(folder, 'sources', text),
        readFileSync(path.join('graph-data/belarus/sources', text)),
      );
    await expect(build(path.join(folder, 'dataset.json'), root)).rejects.toThrow(
      /^graph-data\/broken\/dataset\.json does not load, so the app cannot ship it; fix it \(npm run validate lists every issue\):\n {2}graph-data\/broken\/dataset\.json: relations\[0\]\.evidence\[0\]\.quote/,
    );
  });

  it('leaves every other file to the build as it is', async () => {
    const load = checkedBundledDatasets().load as unknown as (id: string) => Promise<string | null>;
    expect(
      await load.call({}, path.resolve('graph-data/belarus/sources/ecfr-belarus-thaw.txt?url')),
    ).toBeNull();
    expect(await load.call({}, BELARUS)).toBeNull();
  });
});

describe('opening what the build wrote', () => {
  const folder = path.dirname(BELARUS);

  it('says so, and what to do, when the file is damaged or from another build', async () => {
    for (const content of ['{"format":"leverage-map-bu', readFileSync(BELARUS, 'utf8')]) {
      const result = await openBuiltDataset(FILE, new TextEncoder().encode(content), fromDisk(folder));
      expect(result).toEqual({
        ok: false,
        issues: [
          {
            severity: 'error',
            file: FILE,
            path: '',
            message:
              'is not the file the app was built with (damaged, or from another build); reload the page, or build the app again (npm run build)',
          },
        ],
      });
    }
  });

  it('names the source whose text did not arrive', async () => {
    const { emitted } = await build(BELARUS, process.cwd());
    const missingCarnegie = async (relative: string) =>
      relative.includes('carnegie') ? undefined : fromDisk(folder)(relative);
    const result = await openBuiltDataset(
      FILE,
      new TextEncoder().encode(emitted[0]!.source),
      missingCarnegie,
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual({
      severity: 'error',
      file: FILE,
      path: 'sources[1].text',
      message:
        '"sources/carnegie-2025-12-17.txt" could not be fetched whole; reload the page, or check that the app\'s files are all being served',
    });
  });
});
