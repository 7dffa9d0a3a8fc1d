/**
 * The groups of a large map's overview, from a worker started for the job where the page has
 * workers, and on the spot where it has none (jsdom) or may start none (the offline copy in
 * one page): see computeMetrics.ts.
 */
import { runWorker } from './runWorker';

export interface GroupsRequest {
  actorCount: number;
  /** The relations as pairs of actor indexes. */
  links: Int32Array;
}

export function computeGroups(request: GroupsRequest, signal: AbortSignal): Promise<Int32Array> {
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'dossier') {
    return import('../domain/overview/groups').then(({ findGroups }) =>
      findGroups(request.actorCount, request.links),
    );
  }
  return runWorker<Int32Array>(
    () => new Worker(new URL('./groupsWorker.ts', import.meta.url), { type: 'module' }),
    request,
    signal,
    { what: 'grouping of actors' },
  );
}
