import { describe, expect, it } from 'vitest';
import type { Dataset, Source } from '../../src/domain/schema';
import { loadDataset, type LoadResult, type TextReader } from '../../src/io/loadDataset';
import { loadPickedFiles } from '../../src/io/fromFiles';
import { fileNameFor, selfContainedJson } from '../../src/io/selfContained';
import { loadDatasetFile } from '../../scripts/lib/readDataset';
import { loadFixture } from '../helpers/loadFixture';

const BELARUS = 'graph-data/belarus/dataset.json';
const nothingOnDisk: TextReader = () => Promise.resolve(undefined);

async function loaded(promise: Promise<LoadResult>) {
  const result = await promise;
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result;
}

function loadString(content: string) {
  return loadDataset({ file: 'map.json', content, readText: nothingOnDisk });
}

/** The dataset with each source's text or content left out: what must survive unchanged. */
function withoutSourceTexts(dataset: Dataset) {
  return {
    ...dataset,
    sources: dataset.sources.map((source): Partial<Source> => {
      const rest: Partial<Source> = { ...source };
      delete rest.text;
      delete rest.content;
      return rest;
    }),
  };
}

describe('a self-contained dataset file', () => {
  it('round-trips the Belarus map with no text files: same dataset, texts and verified quotes', async () => {
    const original = await loaded(loadDatasetFile(BELARUS));
    const json = selfContainedJson(original.dataset, original.texts);
    const again = await loaded(loadString(json));

    expect(again.issues).toEqual([]);
    expect(withoutSourceTexts(again.dataset)).toEqual(withoutSourceTexts(original.dataset));
    expect({ ...again.texts }).toEqual({ ...original.texts });
    expect(again.spans).toEqual(original.spans);
    for (const source of again.dataset.sources) {
      expect(source.text).toBeUndefined();
      expect(source.content).toBe(original.texts[source.id]);
    }
  });

  it('keeps positions, stories, deals, format and version, with two-space indent and a final newline', async () => {
    const fixture = await loaded(loadFixture('minimal.valid.json'));
    const dataset: Dataset = { ...fixture.dataset, positions: { avalon: { x: 1.5, y: -20 } } };
    const json = selfContainedJson(dataset, fixture.texts);

    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toMatch(/^\{\n {2}"\$schema": /);
    const again = await loaded(loadString(json));
    expect(withoutSourceTexts(again.dataset)).toEqual(withoutSourceTexts(dataset));
    expect(again.dataset).toMatchObject({ format: 'leverage-map', version: 1 });
    expect(again.dataset.deals.length).toBeGreaterThan(0);
    expect(again.dataset.stories.length).toBeGreaterThan(0);
  });

  it('writes keys in the schema’s order, whatever order the dataset holds them in', async () => {
    const fixture = await loaded(loadFixture('minimal.valid.json'));
    const { title, actors, sources, ...rest } = fixture.dataset;
    const shuffled = { actors, ...rest, title, sources: sources.map((s) => ({ text: s.text, ...s })) };
    expect(selfContainedJson(shuffled as Dataset, fixture.texts)).toBe(
      selfContainedJson(fixture.dataset, fixture.texts),
    );
    const keys = Object.keys(JSON.parse(selfContainedJson(fixture.dataset, fixture.texts)) as object);
    expect(keys.slice(0, 6)).toEqual(['$schema', 'format', 'version', 'title', 'description', 'sources']);
  });

  it('takes each text from the texts given, not a stale "content", and keeps a path it has no text for', async () => {
    const fixture = await loaded(loadFixture('minimal.valid.json'));
    const source = fixture.dataset.sources[0]!;
    const stale: Dataset = {
      ...fixture.dataset,
      sources: [{ ...source, text: undefined, content: 'an older text' }],
    };
    const fresh = JSON.parse(selfContainedJson(stale, fixture.texts)) as { sources: Source[] };
    expect(fresh.sources[0]?.content).toBe(fixture.texts[source.id]);

    const noText = JSON.parse(selfContainedJson(fixture.dataset, {})) as { sources: Source[] };
    expect(noText.sources[0]).toMatchObject({ text: source.text });
    expect(noText.sources[0]).not.toHaveProperty('content');
  });
});

describe('fileNameFor', () => {
  it.each([
    [
      "Belarus between Washington's thaw and Europe's border",
      'belarus-between-washington-s-thaw-and-europe-s-border.json',
    ],
    ['  Café  Crème! ', 'cafe-creme.json'],
    ['Беларусь 2025', 'беларусь-2025.json'],
    ['???', 'map.json'],
    ['a'.repeat(59) + ' bcd', `${'a'.repeat(59)}.json`],
  ])('%s → %s', (title, name) => {
    expect(fileNameFor(title)).toBe(name);
  });
});

describe('opening a self-contained file in the app', () => {
  it('needs the one .json file and no .txt files', async () => {
    const original = await loaded(loadDatasetFile(BELARUS));
    const bytes = new TextEncoder().encode(selfContainedJson(original.dataset, original.texts));
    const { file, result } = await loadPickedFiles([{ name: 'belarus.json', content: bytes }]);
    expect(file).toBe('belarus.json');
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
