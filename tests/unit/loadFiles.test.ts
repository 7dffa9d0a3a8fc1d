import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFiles, type LoadRequest, type LoadWorkerMessage } from '../../src/io/loadFiles';
import { loadDataset } from '../../src/io/loadDataset';
import { toParts } from '../../src/io/replyParts';

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

afterEach(() => {
  vi.unstubAllGlobals();
  PlayedWorker.last = null;
});

describe('loading picked files in a worker', () => {
  it('sends the files once the worker runs, moving their bytes, and reads its answer part by part', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const asked = request();
    const loading = loadFiles(asked);
    const worker = PlayedWorker.last!;
    expect(worker.sent).toEqual([]);
    worker.say({ type: 'ready' });
    expect(worker.sent).toHaveLength(1);
    const buffers = [asked.content, ...asked.texts.map((t) => t.content)].map(
      (b) => (b as Uint8Array).buffer,
    );
    expect(worker.sent[0]!.transfer).toEqual(buffers);
    // The worker's answer, as the real worker makes it.
    const checked = await loadDataset({
      file: 'dataset.json',
      content: dataset,
      readText: (path) => Promise.resolve(texts.find((t) => t.path === path)?.content),
    });
    if (!checked.ok) throw new Error('the Belarus dataset should load');
    const body = { ok: true, issues: checked.issues, dataset: checked.dataset, spans: checked.spans };
    for (const part of toParts(body, [['dataset', 'relations'], ['spans']], checked.texts)) worker.say(part);
    worker.say({ type: 'done' });
    const result = await loading;
    expect(worker.terminated).toBe(true);
    expect(result.ok && result.dataset).toEqual(checked.dataset);
    expect(result.ok && result.spans).toEqual(checked.spans);
    expect(result.ok && { ...result.texts }).toEqual({ ...checked.texts });
  });

  it('checks the files on the page when the worker cannot start, with the files still whole', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const loading = loadFiles(request());
    PlayedWorker.last!.fail('Failed to fetch the worker script');
    const result = await loading;
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.relations.length).toBeGreaterThan(100);
  });

  it('says the checking stopped, and to open the files again, when the worker fails once it has them', async () => {
    vi.stubGlobal('Worker', PlayedWorker);
    const loading = loadFiles(request());
    PlayedWorker.last!.say({ type: 'ready' });
    PlayedWorker.last!.fail('Out of memory');
    expect(await loading).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          file: 'dataset.json',
          path: '',
          message:
            'could not be checked: the checking stopped (Out of memory); open the files again, or reload the page first if the browser is short of memory',
        },
      ],
    });
  });
});
