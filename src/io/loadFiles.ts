/**
 * Loads the files a user opens in a worker: the page's thread only sends the files and
 * receives the result, with progress in between, so a big file never freezes the map that
 * is open meanwhile. Where no worker can be started (an old browser, a blocked script, a
 * test's jsdom), the same loader runs on the page instead (loadOnPage, also used for the
 * dataset the app opens with). Never rejects: every failure is an issue naming the file.
 */
import type { Issue } from '../domain/issues';
import type { Dataset } from '../domain/schema';
import type { QuoteSpan } from '../domain/integrity';
import type { LoadedDataset, LoadInput, LoadResult } from './loadDataset';
import type { LoadAnyInput } from './loadAny';
import type { GroupsRequest } from '../workers/computeGroups';
import { prepareIndex } from '../domain/graphIndex';
import { nextTask } from '../domain/steps';
import { PartsReader, type ReplyPart } from './replyParts';
import { readFiles, type FileContent, type PickedText, type TextFile } from './textFiles';

export interface LoadRequest {
  /** The dataset file's name, used in every message. */
  file: string;
  /** The dataset's folder, to resolve its sources' paths against. */
  folder: string;
  content: FileContent;
  /** The files that may hold its source texts. */
  texts: PickedText[];
}

/**
 * What the page posts to the worker: the request without its other files (the dataset file
 * as picked, which the worker reads and parses at once), then those files, read on the page
 * READ_AT_ONCE at a time, as bytes, each batch with the number of files it stands for (a file
 * that could not be read is left out). The page's own reading is in short tasks; posting 1,500
 * of the browser's file handles, or joining them into one, held it for 0.3–0.5 s.
 */
export type ToWorker =
  | { type: 'request'; request: Omit<LoadRequest, 'texts'>; texts: number }
  | { type: 'texts'; texts: TextFile[]; count: number };

/** Files read at once on the page, which gets its thread back between batches. */
const READ_AT_ONCE = 100;

/** In the worker: the other files of the request being loaded, as their batches come (see ToWorker). */
export class TextArrivals {
  private readonly files: TextFile[] = [];
  private received = 0;
  private whenAll: ((files: TextFile[]) => void) | null = null;
  /** Every file, once all have come. */
  readonly all = new Promise<TextFile[]>((resolve) => (this.whenAll = resolve));

  constructor(private readonly expected: number) {
    this.settle();
  }

  /** Files read by the page, standing for `count` files (those it could not read left out). */
  add(files: readonly TextFile[], count: number) {
    for (const file of files) this.files.push(file);
    this.received += count;
    this.settle();
  }

  private settle() {
    if (this.received >= this.expected) this.whenAll?.(this.files);
  }
}

/**
 * 'ready' once it runs; then progress, for a large map the request for its groups (see
 * earlyGroups), the result in parts (see replyParts.ts), and 'done'; or 'fault' if it cannot finish.
 */
export type LoadWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; stage: string }
  | { type: 'groups'; request: GroupsRequest }
  | ReplyPart
  | { type: 'done' }
  /** The worker could not finish: a fault of ours, said as such. */
  | { type: 'fault'; reason: string };

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
  if (typeof Worker === 'undefined') return loadHere(request, onProgress);
  return new Promise<LoadResult>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../workers/loadWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(loadHere(request, onProgress));
      return;
    }
    // The files go once the worker runs (see ToWorker), bytes moved rather than copied
    // (copying 50 MB held the page for 0.4 s). Until then a worker that cannot start leaves
    // them here, whole.
    let sent = false;
    // Each part is a message, so each is received and read in a task of its own.
    const reader = new PartsReader();
    let groups: EarlyGroups | null = null;
    worker.onmessage = (event: MessageEvent<LoadWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        sent = true;
        void postRequest(worker, request);
        return;
      }
      if (message.type === 'groups') {
        groups = earlyGroups(message.request);
        return;
      }
      if (message.type === 'progress') {
        onProgress?.(message.stage);
        return;
      }
      // A fault of ours, in the worker or here: said as such, never a spinner left turning.
      const fault = (what: string, reason: string) => {
        worker.terminate();
        const issue: Issue = {
          severity: 'error',
          file: request.file,
          path: '',
          message: `could not be ${what} (${reason}); this is a fault in Leverage Map, not necessarily in the file: please report it with the file attached`,
        };
        resolve({ ok: false, issues: [issue] });
      };
      if (message.type === 'fault') {
        fault('checked', message.reason);
        return;
      }
      try {
        if (message.type !== 'done') {
          reader.read(message);
          return;
        }
        worker.terminate();
        const result = fromReply(reader);
        if (groups && result.ok) groups.belongTo(result.dataset);
        // The index is built a slice per task before the map opens; what the page then does
        // with the result (the graph) runs in a task of its own.
        if (result.ok) onProgress?.('indexing the map');
        const indexed = result.ok ? prepareIndex(result.dataset, result.spans, nextTask) : Promise.resolve();
        // Should it fail, the map's opening builds the index instead.
        void indexed
          .catch(() => undefined)
          .then(nextTask)
          .then(() => resolve(result));
      } catch (error) {
        fault('read back from the checking', error instanceof Error ? error.message : String(error));
      }
    };
    // A worker whose script cannot be fetched or run: check the files here instead. One that
    // fails once it has the files (they moved to it) is reported: open them again.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (!sent) {
        resolve(loadHere(request, onProgress));
        return;
      }
      const message = `could not be checked: the checking stopped (${event.message || 'for a reason the browser does not give'}); open it again, or reload the page first if the browser is short of memory`;
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
export function loadOnPage(input: LoadInput | LoadAnyInput): Promise<LoadResult> {
  return withLoader(input.file, ({ loadAny }) => loadAny({ folder: '', files: [], ...input }));
}

/**
 * Characters of a dataset held as text, its texts inside, up to which the page checks it
 * itself: the Belarus map (180,000 characters) takes 15–25 ms. A larger one goes to a worker,
 * as picked files do, and the page stays free meanwhile: 2.5 MB took 0.1–0.2 s to check, and
 * 13 MB 0.4 s, in one task.
 */
export const CHECKED_ON_PAGE = 500_000;

/** A self-contained dataset held as text (a map kept in this browser), checked where it keeps the page free. */
export function loadDatasetText(file: string, content: string, onProgress?: Progress): Promise<LoadResult> {
  if (content.length <= CHECKED_ON_PAGE)
    return loadOnPage({ file, content, readText: () => Promise.resolve(undefined) });
  return loadFiles({ file, folder: '', content, texts: [] }, onProgress);
}

/** Runs `load` with the loader's code, fetched as a chunk of its own; an issue if it cannot be. */
async function withLoader(
  file: string,
  load: (lib: typeof import('./loadAny')) => Promise<LoadResult>,
): Promise<LoadResult> {
  try {
    return await load(await import('./loadAny'));
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

interface EarlyGroups {
  belongTo: (dataset: Dataset) => void;
}

/**
 * Starts finding a large map's groups as soon as the worker has the map's shape, on the
 * other core while it checks the quotes, so they are ready when the map opens (Louvain and
 * its worker's start took a second on 20,000 actors). Their code is fetched only for such maps.
 */
function earlyGroups(request: GroupsRequest): EarlyGroups {
  const started = import('../workers/computeGroups').then((lib) => ({
    lib,
    groups: lib.startGroups(request),
  }));
  // Failing here costs nothing: the canvas finds the groups itself.
  started.catch(() => undefined);
  return {
    belongTo: (dataset) =>
      void started.then(
        ({ lib, groups }) => groups && lib.rememberGroups(dataset, request.actorCount, groups),
        () => undefined,
      ),
  };
}

/** Posts a request to its worker (see ToWorker), bytes moved rather than copied. */
async function postRequest(worker: Worker, { texts, ...request }: LoadRequest) {
  const post = (message: ToWorker, contents: readonly FileContent[]) =>
    worker.postMessage(message, buffersOf(contents));
  post({ type: 'request', request, texts: texts.length }, [request.content]);
  for (let i = 0; i < texts.length; i += READ_AT_ONCE) {
    const batch = texts.slice(i, i + READ_AT_ONCE);
    const read = await readFiles(batch);
    post(
      { type: 'texts', texts: read, count: batch.length },
      read.map((text) => text.content),
    );
  }
}

/** The buffers of the contents given as bytes, each once (a buffer listed twice cannot be moved). */
function buffersOf(contents: readonly FileContent[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const bytes of contents)
    if (bytes instanceof Uint8Array && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  return [...buffers];
}

/** The files read and checked on the page, where no worker can do it. */
function loadHere(request: LoadRequest, onProgress?: Progress): Promise<LoadResult> {
  const texts = readFiles(request.texts, READ_AT_ONCE);
  return withLoader(request.file, ({ loadAny, loadRequest }) =>
    loadRequest(request, texts, loadAny, onProgress),
  );
}
