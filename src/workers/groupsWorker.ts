/// <reference lib="webworker" />
/**
 * Finds the groups of a large map's overview off the main thread: Louvain on 20,000 actors
 * takes longer than the page may be held (see domain/overview/groups.ts).
 */
import { findGroups } from '../domain/overview/groups';
import { answerRequests } from './runWorker';

answerRequests(
  ({ actorCount, links }: { actorCount: number; links: Int32Array }) => findGroups(actorCount, links),
  (groups) => [groups.buffer as ArrayBuffer],
);
