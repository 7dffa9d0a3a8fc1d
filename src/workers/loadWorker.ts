/// <reference lib="webworker" />
/**
 * Loads and checks a dataset off the page's thread (see io/loadFiles.ts): parsing, the
 * schema and every quote's check take seconds on a map of tens of thousands of relations,
 * and the page must stay responsive meanwhile. Posts progress, then the result.
 */
import { loadDataset } from '../io/loadDataset';
import type { LoadRequest, LoadWorkerMessage } from '../io/loadFiles';
import { findText } from '../io/textFiles';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: LoadWorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  const { file, folder, content, texts } = event.data;
  void loadDataset({
    file,
    content,
    readText: (relative) => Promise.resolve(findText(texts, folder, relative)),
    onProgress: (stage) => post({ type: 'progress', stage }),
  }).then((result) => post({ type: 'done', result }));
};
