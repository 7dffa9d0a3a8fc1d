/**
 * The groups of a large map's overview, from a worker started for the job where the page has
 * workers, and on the spot where it has none (jsdom) or may start none (the offline copy in
 * one page): see computeMetrics.ts. A map opened from files has its groups found while its
 * quotes are still being checked (see loadFiles.ts), so they are ready when it is.
 */
import { runWorker } from './runWorker';

export interface GroupsRequest {
  actorCount: number;
  /** The relations as pairs of actor indexes. */
  links: Int32Array;
}

/** The request for actors in this order: each relation as its ends' places in `actorIds`. */
export function groupRequest(
  actorIds: readonly string[],
  relations: readonly { source: string; target: string }[],
): GroupsRequest {
  const position = new Map(actorIds.map((id, i) => [id, i]));
  const links = new Int32Array(relations.length * 2);
  let i = 0;
  for (const rel of relations) {
    links[i++] = position.get(rel.source) ?? 0;
    links[i++] = position.get(rel.target) ?? 0;
  }
  return { actorCount: actorIds.length, links };
}

const onThePage = () => typeof Worker === 'undefined' || import.meta.env.MODE === 'dossier';

export function computeGroups(request: GroupsRequest, signal: AbortSignal): Promise<Int32Array> {
  if (onThePage()) {
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

/** Groups started early, by the dataset they were started for, with its actor count. */
const early = new WeakMap<object, { actorCount: number; groups: Promise<Int32Array> }>();

/**
 * Starts finding groups before their dataset is open (the second core is idle while the first
 * checks quotes); null where they would be found on the page, which would hold it.
 */
export function startGroups(request: GroupsRequest): Promise<Int32Array> | null {
  if (onThePage()) return null;
  const groups = computeGroups(request, new AbortController().signal);
  // Whoever asks for them sees a failure; unasked, it is nobody's.
  groups.catch(() => undefined);
  return groups;
}

/** Says which dataset groups started early belong to (see groupsFor). */
export function rememberGroups(dataset: object, actorCount: number, groups: Promise<Int32Array>): void {
  early.set(dataset, { actorCount, groups });
}

/**
 * The groups of a dataset's `actorCount` actors: those started early for it, else found now
 * from `request()`. Early groups that failed are found again.
 */
export function groupsFor(
  dataset: object,
  actorCount: number,
  request: () => GroupsRequest,
  signal: AbortSignal,
): Promise<Int32Array> {
  const started = early.get(dataset);
  if (!started || started.actorCount !== actorCount) return computeGroups(request(), signal);
  return untilAborted(started.groups, signal).catch((error: unknown) => {
    if (signal.aborted) throw error;
    return computeGroups(request(), signal);
  });
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  const cancelled = () => new DOMException('The grouping of actors was cancelled', 'AbortError');
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
