/**
 * Lays a map out off the main thread: posts the request to a fresh worker and resolves with
 * the positions. An abort (a new dataset, the canvas going away) ends the worker at once.
 */
import type { Position } from '../../domain/schema';
import type { LayoutRequest } from './layoutRequest';
import type { LayoutReply } from './layoutWorker';

export function layOut(request: LayoutRequest, signal: AbortSignal): Promise<Record<string, Position>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('The layout was cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      finish();
      if (event.data.ok) resolve(event.data.positions);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the layout worker could not be started'));
    };
    worker.postMessage(request);
  });
}
