/**
 * Loads the files a user opens in a worker: the page's thread only sends the files and
 * receives the result, with progress in between, so a big file never freezes the map that
 * is open meanwhile. Where no worker can be started (an old browser, a blocked script, a
 * test's jsdom), the same loader runs on the page instead (loadOnPage, also used for the
 * dataset the app opens with). Never rejects: every failure is an issue naming the file.
 */
import type { Issue } from '../domain/issues';
import type { TextOrBytes } from './decode';
import type { Dataset } from '../domain/schema';
import type { QuoteSpan } from '../domain/integrity';
import type { LoadedDataset, LoadInput, LoadResult } from './loadDataset';
import type { LoadAnyInput } from './loadAny';
import { PartsReader, type ReplyPart } from './replyParts';
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

/** 'ready' once it runs; then progress, the result in parts (see replyParts.ts), and 'done'. */
export type LoadWorkerMessage =
  { type: 'ready' } | { type: 'progress'; stage: string } | ReplyPart | { type: 'done' };

type Checked = { dataset: Dataset; spans: QuoteSpan[] };
type ReplyBody = ({ ok: true; issues: Issue[] } & Checked) | { ok: false; issues: Issue[]; loaded?: Checked };

/** The worker's answer as a LoadResult, with the texts joined back on. */
function fromReply(reader: PartsReader): LoadResult {
  const body = reader.result() as ReplyBody;
  const whole = (checked: Checked): LoadedDataset => ({ ...checked, texts: reader.texts });
  if (body.ok) return { ok: true, issues: body.issues, ...whole(body) };
  return { ok: false, issues: body.issues, ...(body.loaded ? { loaded: whole(body.loaded) } : {}) };
}

export type Progress = (stage: string) => void;

export function loadFiles(request: LoadRequest, onProgress?: Progress): Promise<LoadResult> {
  if (typeof Worker === 'undefined') return loadOnPage(inputOf(request, onProgress));
  return new Promise<LoadResult>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../workers/loadWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(loadOnPage(inputOf(request, onProgress)));
      return;
    }
    // The files go once the worker runs, moved rather than copied (copying 50 MB held the
    // page for 0.4 s); until then a worker that cannot start leaves them here, whole.
    let sent = false;
    // Each part is a message, so each is received and read in a task of its own.
    const reader = new PartsReader();
    worker.onmessage = (event: MessageEvent<LoadWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        sent = true;
        worker.postMessage(request, buffersOf(request));
        return;
      }
      if (message.type === 'progress') {
        onProgress?.(message.stage);
        return;
      }
      try {
        if (message.type !== 'done') {
          reader.read(message);
          return;
        }
        worker.terminate();
        const result = fromReply(reader);
        // What the page then does with the result (index, graph) runs in a task of its own.
        setTimeout(() => resolve(result), 0);
      } catch (error) {
        worker.terminate();
        const reason = error instanceof Error ? error.message : String(error);
        const issue: Issue = {
          severity: 'error',
          file: request.file,
          path: '',
          message: `could not be read back from the checking (${reason}); this is a fault in Leverage Map, not necessarily in the file: please report it with the file attached`,
        };
        resolve({ ok: false, issues: [issue] });
      }
    };
    // A worker whose script cannot be fetched or run: check the files here instead. One that
    // fails once it has the files (they moved to it) is reported: open them again.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (!sent) {
        resolve(loadOnPage(inputOf(request, onProgress)));
        return;
      }
      const message = `could not be checked: the checking stopped (${event.message || 'for a reason the browser does not give'}); open the files again, or reload the page first if the browser is short of memory`;
      resolve({ ok: false, issues: [{ severity: 'error', file: request.file, path: '', message }] });
    };
  });
}

/**
 * The same loading on the page's own thread: for the dataset the app opens with (nothing is
 * on screen to keep responsive yet, and a worker would cost its start and a copy each way:
 * 170 ms of first paint on the Belarus map, 800 ms on 5,000 actors), and wherever no worker
 * can start. The loader's code is a chunk of its own, fetched beside the graph's. Texts are
 * asked for as the loader needs them, so it can parse the dataset while they still arrive.
 */
export async function loadOnPage(input: LoadInput | LoadAnyInput): Promise<LoadResult> {
  try {
    const { loadAny } = await import('./loadAny');
    return await loadAny({ folder: '', files: [], ...input });
  } catch (error) {
    const issue: Issue = {
      severity: 'error',
      file: input.file,
      path: '',
      message: `could not be checked: the app's checking code could not be loaded (${error instanceof Error ? error.message : String(error)}); check your connection and reload the page`,
    };
    return { ok: false, issues: [issue] };
  }
}

/** The buffers of a request's bytes, each once (a buffer listed twice cannot be moved). */
function buffersOf({ content, texts }: LoadRequest): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const bytes of [content, ...texts.map((text) => text.content)])
    if (bytes instanceof Uint8Array && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  return [...buffers];
}

/** A request's files as the loader's input. */
function inputOf({ file, folder, content, texts }: LoadRequest, onProgress?: Progress): LoadAnyInput {
  return {
    file,
    folder,
    files: texts,
    content,
    readText: (relative) => Promise.resolve(findText(texts, folder, relative)),
    onProgress,
  };
}
