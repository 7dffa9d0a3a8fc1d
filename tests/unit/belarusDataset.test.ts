import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/domain/coverage';
import { buildIndex } from '../../src/domain/graphIndex';
import { slideCitations, slidePath, slideView } from '../../src/domain/story';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

const FILE = 'graph-data/belarus/dataset.json';

async function load() {
  const result = await loadDatasetFile(FILE);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result;
}

describe('the bundled Belarus dataset', () => {
  it('loads with zero issues and every quote verified', async () => {
    const result = await loadDatasetFile(FILE);
    expect(result.issues).toEqual([]);
    if (!result.ok) return;
    const c = coverage(result.dataset);
    expect(result.spans).toHaveLength(c.quotes);
    expect(c.actors).toBeGreaterThanOrEqual(60);
    expect(c.relations).toBeGreaterThanOrEqual(150);
  });

  it('credits both sources with publisher and date', async () => {
    const { dataset } = await load();
    const carnegie = dataset.sources.find((s) => s.id === 'carnegie-2025-12-17');
    expect(carnegie).toMatchObject({
      publisher: 'Carnegie Endowment for International Peace',
      title: 'Belarus at the Border: The Limits of Reengagement',
      published: '2025-12-17',
    });
    const ecfr = dataset.sources.find((s) => s.id === 'ecfr-belarus-thaw');
    expect(ecfr?.titleIsOurs).toBe(true);
    expect(ecfr?.publisher).toMatch(/European Council on Foreign Relations/);
    expect(typeof ecfr?.published).toBe('object');
  });

  it('keeps the sources byte for byte as published', () => {
    const seeds = '../shared/seeds';
    if (!existsSync(seeds)) return; // outside the workspace there is nothing to compare with
    expect(readFileSync('graph-data/belarus/sources/ecfr-belarus-thaw.txt', 'utf8')).toBe(
      readFileSync(`${seeds}/000_a54d937e01fa7ca1.txt`, 'utf8'),
    );
    expect(readFileSync('graph-data/belarus/sources/carnegie-2025-12-17.txt', 'utf8')).toBe(
      readFileSync(`${seeds}/004_d33251589cc92d05.txt`, 'utf8'),
    );
  });

  it('holds the potash relief with quotes from both articles', async () => {
    const { dataset } = await load();
    const potash = dataset.relations.find((r) => r.id === 'us-lifts-potash-sanctions-belaruskali');
    expect(potash).toMatchObject({
      source: 'united-states',
      target: 'belaruskali',
      type: 'sanctions_relief',
    });
    expect(new Set(potash?.evidence.map((e) => e.source))).toEqual(
      new Set(['ecfr-belarus-thaw', 'carnegie-2025-12-17']),
    );
  });

  it('shows the 123 versus 156 disagreement instead of picking one', async () => {
    const { dataset } = await load();
    const release = dataset.relations.find((r) => r.id === 'belarus-frees-latest-political-prisoners');
    const figures = release?.figures ?? [];
    expect(figures.map((f) => [f.value, f.source]).sort()).toEqual([
      [123, 'ecfr-belarus-thaw'],
      [156, 'carnegie-2025-12-17'],
    ]);
    expect(new Set(figures.map((f) => f.quantity)).size).toBe(1);
  });

  it('marks the contested claims and links the deals the text presents', async () => {
    const { dataset } = await load();
    const contested = dataset.relations.filter((r) => r.contested).map((r) => r.id);
    expect(contested).toEqual(
      expect.arrayContaining([
        'russian-units-launch-drones-from-belarus',
        'belarus-balloon-pressure-lithuania',
        'china-delegation-visits-warsaw',
      ]),
    );
    expect(dataset.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'prisoners-for-potash',
        'belavia-relief-for-releases',
        'priests-for-crossings',
      ]),
    );
  });

  it('knows every spelling the sources use for Lukashenka and Belarus', async () => {
    const { dataset } = await load();
    const names = (id: string) => {
      const actor = dataset.actors.find((a) => a.id === id);
      return [actor?.label, ...(actor?.aliases ?? [])];
    };
    expect(names('lukashenka')).toEqual(expect.arrayContaining(['Lukashenko', 'Alyaksandr Lukashenka']));
    expect(names('belarus')).toContain('Minsk');
  });

  it('shows on the US–Belarus track the direct lever Washington holds over Lukashenka', async () => {
    const { dataset, spans } = await load();
    const index = buildIndex(dataset, spans);
    const story = dataset.stories.find((s) => s.id === 'prisoners-for-sanctions')!;
    expect(story.slides).toHaveLength(9);
    const at = story.slides.findIndex((s) => s.path);
    expect(story.slides[at]?.title).toBe('How Washington can move Lukashenka');
    const path = slidePath(index, story.slides[at]!);
    expect(path?.hops.map((h) => [h.from, h.lever.relation.id, h.to])).toEqual([
      ['united-states', 'us-extracts-concessions-from-lukashenka', 'lukashenka'],
    ]);
    expect([...slideView(index, story, at).highlighted].sort()).toEqual([
      'lukashenka',
      'united-states',
      'us-extracts-concessions-from-lukashenka',
    ]);
    expect(slideCitations(index, story, at).map((c) => c.evidence.source)).toEqual([
      'ecfr-belarus-thaw',
      'ecfr-belarus-thaw',
    ]);
  });
});
