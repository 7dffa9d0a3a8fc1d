/**
 * Lays a map out off the main thread: posts the request to a fresh worker and resolves with
 * the positions. An abort (a new dataset, the canvas going away) ends the worker at once.
 */
import type { Position } from '../../domain/schema';
import { runWorker } from '../../workers/runWorker';
import type { LayoutRequest } from './layoutRequest';

export function layOut(request: LayoutRequest, signal: AbortSignal): Promise<Record<string, Position>> {
  return runWorker(
    () => new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' }),
    request,
    signal,
    { what: 'layout' },
  );
}
