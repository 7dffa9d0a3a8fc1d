/// <reference lib="webworker" />
/**
 * Loads and checks a dataset off the page's thread (see io/loadFiles.ts): parsing, the
 * schema and every quote's check take seconds on a map of tens of thousands of relations,
 * and the page must stay responsive meanwhile. Posts progress, then the result in parts
 * (see replyParts.ts), then 'done'.
 */
import { loadAny } from '../io/loadAny';
import type { LoadResult } from '../io/loadDataset';
import type { LoadRequest, LoadWorkerMessage } from '../io/loadFiles';
import { toParts, type ListPath } from '../io/replyParts';
import { findText } from '../io/textFiles';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: LoadWorkerMessage) => self.postMessage(message);

// Running: the page now sends the files (see loadFiles.ts).
post({ type: 'ready' });

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  const { file, folder, content, texts } = event.data;
  void loadAny({
    file,
    folder,
    files: texts,
    content,
    readText: (relative) => Promise.resolve(findText(texts, folder, relative)),
    onProgress: (stage) => post({ type: 'progress', stage }),
  }).then((result) => {
    for (const part of reply(result)) post(part);
    post({ type: 'done' });
  });
};

/** The lists a result may hold, sent in slices. */
const LISTS: ListPath[] = [
  ['issues'],
  ['dataset', 'actors'],
  ['dataset', 'relations'],
  ['spans'],
  ['loaded', 'dataset', 'actors'],
  ['loaded', 'dataset', 'relations'],
  ['loaded', 'spans'],
];

/** The result as JSON in parts, and the texts in batches. */
function reply(result: LoadResult) {
  const loaded = result.ok ? result : result.loaded;
  const { issues } = result;
  const body = result.ok
    ? { ok: true, issues, dataset: result.dataset, spans: result.spans }
    : { ok: false, issues, loaded: loaded && { dataset: loaded.dataset, spans: loaded.spans } };
  return toParts(body, LISTS, loaded?.texts ?? {});
}
