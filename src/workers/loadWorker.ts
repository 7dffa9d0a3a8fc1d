/// <reference lib="webworker" />
/**
 * Loads and checks a dataset off the page's thread (see io/loadFiles.ts): parsing, the
 * schema and every quote's check take seconds on a map of tens of thousands of relations,
 * and the page must stay responsive meanwhile. Posts progress, then the result.
 */
import { loadAny } from '../io/loadAny';
import type { LoadResult } from '../io/loadDataset';
import type { LoadRequest, LoadWorkerMessage } from '../io/loadFiles';
import { findText } from '../io/textFiles';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: LoadWorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  const { file, folder, content, texts } = event.data;
  void loadAny({
    file,
    folder,
    files: texts,
    content,
    readText: (relative) => Promise.resolve(findText(texts, folder, relative)),
    onProgress: (stage) => post({ type: 'progress', stage }),
  }).then((result) => post(reply(result)));
};

/**
 * The result as JSON, the texts as they are. The page parses JSON several times faster than
 * it rebuilds the same objects from a structured clone (0.3 s against 3 s for 60,000
 * relations), and strings cross cheaply.
 */
function reply(result: LoadResult): LoadWorkerMessage {
  const loaded = result.ok ? result : result.loaded;
  const texts = loaded?.texts ?? {};
  const { issues } = result;
  const body = result.ok
    ? { ok: true, issues, dataset: result.dataset, spans: result.spans }
    : { ok: false, issues, loaded: loaded && { dataset: loaded.dataset, spans: loaded.spans } };
  return { type: 'done', json: JSON.stringify(body), texts };
}
