/**
 * Jobs in module workers, one protocol for all: the page posts {id, request}, the worker
 * answers {id, ok, value} or {id, ok: false, message}. The caller makes the worker, so
 * bundlers see its URL.
 */
type Reply<Value> = { id: number; ok: true; value: Value } | { id: number; ok: false; message: string };

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

/**
 * A worker kept for many jobs: its script is loaded and compiled once, so every job after
 * the first starts at once. An aborted job is forgotten (its answer, if any, is dropped);
 * a worker that fails fails its jobs, and the next job starts a new one.
 */
export class WorkerClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly start: () => Worker,
    private readonly what: string,
  ) {}

  run<Value>(request: unknown, signal: AbortSignal, transfer: Transferable[] = []): Promise<Value> {
    return new Promise<Value>((resolve, reject) => {
      const id = this.nextId++;
      const onAbort = () => {
        this.pending.delete(id);
        reject(new DOMException(`The ${this.what} was cancelled`, 'AbortError'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (value: Value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        reject: (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      });
      this.ensure().postMessage({ id, request }, transfer);
    });
  }

  /** Ends the worker; jobs still waiting are failed. */
  terminate(message = `the ${this.what} worker was stopped`): void {
    this.worker?.terminate();
    this.worker = null;
    for (const job of this.pending.values()) job.reject(new Error(message));
    this.pending.clear();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.onmessage = (event: MessageEvent<Reply<never>>) => {
      const job = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      if (!job) return;
      if (event.data.ok) job.resolve(event.data.value);
      else job.reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.terminate(event.message || `the ${this.what} worker could not be started`);
    };
    this.worker = worker;
    return worker;
  }
}

/** One job in a fresh worker, ended when the job is done or aborted. */
export function runWorker<Value>(
  start: () => Worker,
  request: unknown,
  signal: AbortSignal,
  { what }: { what: string },
): Promise<Value> {
  const client = new WorkerClient(start, what);
  return client.run<Value>(request, signal).finally(() => client.terminate());
}

/**
 * The worker's side: answers each request with `compute`'s value, or the error's message.
 * Whatever is posted is handed to `compute` as the type it declares: the page side above
 * posts exactly that.
 */
export function answerRequests<Value>(
  compute: (request: never) => Value,
  transferOf: (value: Value) => Transferable[] = () => [],
) {
  const scope = self as unknown as { postMessage: (message: unknown, transfer?: Transferable[]) => void };
  const post = (message: unknown, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  self.onmessage = (event: MessageEvent<{ id: number; request: unknown }>) => {
    const { id, request } = event.data;
    let value: Value;
    try {
      value = compute(request as never);
    } catch (error) {
      post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    post({ id, ok: true, value }, transferOf(value));
  };
}
