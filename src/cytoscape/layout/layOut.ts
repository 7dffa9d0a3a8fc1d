/**
 * Lays a map out off the main thread: posts the request to a fresh worker and resolves with
 * the positions. An abort (a new dataset, the canvas going away) ends the worker at once.
 * The offline copy in one page (vite.dossier.config.ts) may start no worker: it lays out on
 * the page, which only a map saved without positions needs.
 */
import type { Position } from '../../domain/schema';
import { runWorker } from '../../workers/runWorker';
import type { LayoutRequest } from './layoutRequest';

export function layOut(request: LayoutRequest, signal: AbortSignal): Promise<Record<string, Position>> {
  if (import.meta.env.MODE === 'dossier') return layOutOnPage(request, signal);
  return runWorker(
    () => new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' }),
    request,
    signal,
    { what: 'layout' },
  );
}

async function layOutOnPage(request: LayoutRequest, signal: AbortSignal): Promise<Record<string, Position>> {
  const [{ computeLayout }, { canvasMeasure }] = await Promise.all([
    import('./computeLayout'),
    import('./labelBox'),
  ]);
  if (signal.aborted) throw new DOMException('The layout was cancelled', 'AbortError');
  return computeLayout(request, canvasMeasure());
}
