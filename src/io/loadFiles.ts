/**
 * Loads a dataset in a worker, for the app: the page's thread only sends the files and
 * receives the result, with progress in between, so a big file never freezes the page.
 * Where no worker can be started (an old browser, a blocked script, a test's jsdom), the
 * same loader runs here instead. Never rejects: every failure is an issue naming the file.
 */
import type { Issue } from '../domain/issues';
import type { TextOrBytes } from './decode';
import type { LoadResult } from './loadDataset';
import { findText, type TextFile } from './textFiles';

export interface LoadRequest {
  /** The dataset file's name, used in every message. */
  file: string;
  /** The dataset's folder, to resolve its sources' paths against. */
  folder: string;
  content: TextOrBytes;
  /** The files that may hold its source texts. */
  texts: TextFile[];
}

export type LoadWorkerMessage = { type: 'progress'; stage: string } | { type: 'done'; result: LoadResult };

export type Progress = (stage: string) => void;

export function loadFiles(request: LoadRequest, onProgress?: Progress): Promise<LoadResult> {
  if (typeof Worker === 'undefined') return loadHere(request, onProgress);
  return new Promise<LoadResult>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../workers/loadWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(loadHere(request, onProgress));
      return;
    }
    worker.onmessage = (event: MessageEvent<LoadWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.stage);
      else {
        worker.terminate();
        resolve(message.result);
      }
    };
    // A worker whose script cannot be fetched or run: check the files here instead. The
    // request was copied, not transferred, so it is still whole.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(loadHere(request, onProgress));
    };
    worker.postMessage(request);
  });
}

async function loadHere(
  { file, folder, content, texts }: LoadRequest,
  onProgress?: Progress,
): Promise<LoadResult> {
  try {
    const { loadDataset } = await import('./loadDataset');
    return await loadDataset({
      file,
      content,
      readText: (relative) => Promise.resolve(findText(texts, folder, relative)),
      onProgress,
    });
  } catch (error) {
    const issue: Issue = {
      severity: 'error',
      file,
      path: '',
      message: `could not be checked: the app's checking code could not be loaded (${error instanceof Error ? error.message : String(error)}); check your connection and reload the page`,
    };
    return { ok: false, issues: [issue] };
  }
}
