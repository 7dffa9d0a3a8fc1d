import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CHECKED_ON_PAGE,
  loadDatasetText,
  loadFiles,
  TextArrivals,
  type LoadRequest,
  type LoadWorkerMessage,
} from '../../src/io/loadFiles';
import { loadDataset } from '../../src/io/loadDataset';
import { resultParts } from '../../src/io/replyParts';

/** A worker the test plays: it records what the page sends and answers when told to. */
class PlayedWorker {
  static last: PlayedWorker | null = null;
  onmessage: ((event: { data: LoadWorkerMessage }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  sent: { message: unknown; transfer: unknown[] }[] = [];
  terminated = false;
  constructor() {
    PlayedWorker.last = this;
  }
  postMessage(message: unknown, transfer: unknown[] = []) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  say(data: LoadWorkerMessage) {
    this.onmessage?.({ data });
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
}

const dataset = readFileSync('graph-data/belarus/dataset.json');
const texts = ['ecfr-belarus-thaw', 'carnegie-2025-12-17'].map((name) => ({
  path: `sources/${name}.txt`,
  content: new Uint8Array(readFileSync(`graph-data/belarus/sources/${name}.txt`)),
}));
const request = (): LoadRequest => ({
  file: 'dataset.json',
  folder: '',
  content: new Uint8Array(dataset),
  texts: texts.map((t) => ({ ...t, content: new Uint8Array(t.content) })),
});

/** What loading dataset.json gives when it fails with one error saying `message`. */
const refusedWith = (message: string) => ({
  ok: false,
  issues: [{ severity: 'error', file: 'dataset.json', path: '', message }],
});

afterEach(() => {
  vi.unstubAllGlobals();
  PlayedWorker.last = null;
});

describe('loading picked files in a worker', () => {
  it('sends the files once the worker runs, moving their bytes, and reads its answer part by part', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const asked = request();
    const buffers = [asked.content, ...asked.texts.map((t) => t.content)].map(
      (b) => (b as Uint8Array).buffer,
    );
    const loading = loadFiles(asked);
    const worker = PlayedWorker.last!;
    expect(worker.sent).toEqual([]);
    worker.say({ type: 'ready' });
    // The dataset file at once, so the worker parses it while the texts come.
    expect(worker.sent[0]).toEqual({
      message: {
        type: 'request',
        request: { file: 'dataset.json', folder: '', content: asked.content },
        texts: 2,
      },
      transfer: [buffers[0]],
    });
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2));
    expect(worker.sent[1]!.message).toMatchObject({ type: 'texts', count: 2 });
    expect(worker.sent[1]!.transfer).toEqual(buffers.slice(1));
    // The worker's answer, as the real worker makes it.
    const checked = await loadDataset({
      file: 'dataset.json',
      content: dataset,
      readText: (path) => Promise.resolve(texts.find((t) => t.path === path)?.content),
    });
    if (!checked.ok) throw new Error('the Belarus dataset should load');
    for (const part of resultParts(checked)) worker.say(part);
    worker.say({ type: 'done' });
    const result = await loading;
    expect(worker.terminated).toBe(true);
    expect(result.ok && result.dataset).toEqual(checked.dataset);
    expect(result.ok && result.spans).toEqual(checked.spans);
    expect(result.ok && { ...result.texts }).toEqual({ ...checked.texts });
  });

  it('hands the worker the dataset file as picked, and the texts read a batch at a time, counting those it cannot read', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    /** A file moved or changed since it was picked. */
    class Gone extends Blob {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(new DOMException('The file could not be read', 'NotReadableError'));
      }
    }
    const datasetFile = new Blob([dataset]);
    const picked = Array.from({ length: 250 }, (_, i) => ({
      path: `sources/${i}.txt`,
      content: i === 7 ? new Gone(['x']) : new Blob([`text ${i}`]),
    }));
    void loadFiles({ file: 'dataset.json', folder: '', content: datasetFile, texts: picked });
    const worker = PlayedWorker.last!;
    worker.say({ type: 'ready' });
    const first = worker.sent[0]!.message as { request: { content: unknown } };
    expect(first.request.content).toBe(datasetFile);
    await vi.waitFor(() => expect(worker.sent).toHaveLength(4));
    const batches = worker.sent
      .slice(1)
      .map(({ message }) => message as { texts: { path: string; content: unknown }[]; count: number });
    expect(batches.map((b) => [b.texts.length, b.count])).toEqual([
      [99, 100],
      [100, 100],
      [50, 50],
    ]);
    expect(batches[0]!.texts.map((t) => t.path)).not.toContain('sources/7.txt');
    expect(new TextDecoder().decode(batches[2]!.texts[0]!.content as Uint8Array)).toBe('text 200');
    worker.fail('stopped by the test');
  });

  it('checks the files on the page when the worker cannot start, with the files still whole', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const loading = loadFiles(request());
    PlayedWorker.last!.fail('Failed to fetch the worker script');
    const result = await loading;
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.relations.length).toBeGreaterThan(100);
  });

  it('says the checking stopped, and to open them again, when the worker fails once it has the files', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const loading = loadFiles(request());
    PlayedWorker.last!.say({ type: 'ready' });
    PlayedWorker.last!.fail('Out of memory');
    expect(await loading).toEqual(
      refusedWith(
        'could not be checked: the checking stopped (Out of memory); open it again, or reload the page first if the browser is short of memory',
      ),
    );
  });
});

describe('what the worker sends back', () => {
  it('reads back a map that did not load cleanly with what did load, every list of it', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const checked = await loadDataset({
      file: 'dataset.json',
      content: dataset,
      readText: (path) => Promise.resolve(texts.find((t) => t.path === path)?.content),
    });
    if (!checked.ok) throw new Error('the Belarus dataset should load');
    const { dataset: map, spans, texts: read, issues } = checked;
    const loaded = { dataset: map, spans, texts: read };
    const refused = {
      ok: false as const,
      issues: [
        ...issues,
        { severity: 'error' as const, file: 'dataset.json', path: 'relations[0]', message: 'x' },
      ],
      loaded,
    };
    const loading = loadFiles(request());
    const worker = PlayedWorker.last!;
    worker.say({ type: 'ready' });
    for (const part of resultParts(refused)) worker.say(part);
    worker.say({ type: 'done' });
    const result = await loading;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual(refused.issues);
    // Sources, deals and positions come in slices of their own: all of them are back.
    expect(!result.ok && result.loaded?.dataset).toEqual(checked.dataset);
    expect(!result.ok && result.loaded?.spans).toEqual(checked.spans);
    expect(!result.ok && result.loaded && { ...result.loaded.texts }).toEqual({ ...checked.texts });
  });

  it('says a fault in the worker is ours, rather than leaving the map loading', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const loading = loadFiles(request());
    PlayedWorker.last!.say({ type: 'ready' });
    PlayedWorker.last!.say({ type: 'fault', reason: 'Invalid string length' });
    expect(PlayedWorker.last!.terminated).toBe(true);
    expect(await loading).toEqual(
      refusedWith(
        'could not be checked (Invalid string length); this is a fault in Leverage Map, not necessarily in the file: please report it with the file attached',
      ),
    );
  });
});

describe('the texts as they come to the worker', () => {
  const text = (path: string) => ({ path, content: 'x' });

  it('are all there once the files counted have come, those the page could not read left out', async () => {
    const arrivals = new TextArrivals(3);
    let done = false;
    void arrivals.all.then(() => (done = true));
    arrivals.add([text('a')], 2);
    await Promise.resolve();
    expect(done).toBe(false);
    arrivals.add([text('c')], 1);
    expect((await arrivals.all).map((t) => t.path)).toEqual(['a', 'c']);
  });

  it('are there at once when there are none', async () => {
    expect(await new TextArrivals(0).all).toEqual([]);
  });
});

/** The Belarus map as one file, its texts inside (as a map kept in the browser is). */
function selfContained(): string {
  const parsed = JSON.parse(dataset.toString('utf8')) as { sources: { text?: string; content?: string }[] };
  for (const source of parsed.sources) {
    const found = texts.find((t) => t.path === source.text);
    if (!found) continue;
    delete source.text;
    source.content = new TextDecoder().decode(found.content);
  }
  return JSON.stringify(parsed);
}

describe('a dataset held as text (a map kept in this browser)', () => {
  it('is checked on the page up to CHECKED_ON_PAGE characters', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const content = selfContained();
    expect(content.length).toBeLessThanOrEqual(CHECKED_ON_PAGE);
    const result = await loadDatasetText('My maps: Belarus', content);
    expect(PlayedWorker.last).toBeNull();
    expect(result.ok && result.dataset.relations.length).toBeGreaterThan(100);
  });

  it('goes to a worker when larger, so the page stays free while it is checked', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    // The same map with room around it: still valid JSON, now too long to check on the page.
    const content = selfContained() + ' '.repeat(CHECKED_ON_PAGE);
    const loading = loadDatasetText('My maps: Belarus', content);
    const worker = PlayedWorker.last!;
    worker.say({ type: 'ready' });
    expect(worker.sent).toEqual([
      {
        message: { type: 'request', request: { file: 'My maps: Belarus', folder: '', content }, texts: 0 },
        transfer: [],
      },
    ]);
    const checked = await loadDataset({
      file: 'My maps: Belarus',
      content,
      readText: () => Promise.resolve(undefined),
    });
    if (!checked.ok) throw new Error('the Belarus map with its texts inside should load');
    for (const part of resultParts(checked)) worker.say(part);
    worker.say({ type: 'done' });
    const result = await loading;
    expect(result.ok && result.dataset).toEqual(checked.dataset);
    expect(result.ok && { ...result.texts }).toEqual({ ...checked.texts });
  });
});
