/**
 * One job in a fresh module worker: posts the request, resolves with the reply's value or
 * rejects with its message, and ends the worker when done or when the signal aborts (a new
 * dataset, a view going away). The caller makes the worker, so bundlers see its URL.
 */

export function runWorker<Value>(
  start: () => Worker,
  request: unknown,
  signal: AbortSignal,
  { what, transfer = [] }: { what: string; transfer?: Transferable[] },
): Promise<Value> {
  return new Promise((resolve, reject) => {
    const worker = start();
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException(`The ${what} was cancelled`, 'AbortError'));
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<{ ok: true; value: Value } | { ok: false; message: string }>) => {
      finish();
      if (event.data.ok) resolve(event.data.value);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || `the ${what} worker could not be started`));
    };
    worker.postMessage(request, transfer);
  });
}

/**
 * The worker's side: answers each request with `compute`'s value, or the error's message.
 * Whatever is posted is handed to `compute` as the type it declares: the one caller,
 * runWorker, posts exactly that.
 */
export function answerRequests<Value>(
  compute: (request: never) => Value,
  transferOf: (value: Value) => Transferable[] = () => [],
) {
  self.onmessage = (event: MessageEvent) => {
    let value: Value;
    try {
      value = compute(event.data as never);
    } catch (error) {
      self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    (self as unknown as { postMessage: (message: unknown, transfer: Transferable[]) => void }).postMessage(
      { ok: true, value },
      transferOf(value),
    );
  };
}
