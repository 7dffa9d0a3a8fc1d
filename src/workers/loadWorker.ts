/// <reference lib="webworker" />
/**
 * Loads and checks a dataset off the page's thread (see io/loadFiles.ts): parsing, the
 * schema and every quote's check take seconds on a map of tens of thousands of relations,
 * and the page must stay responsive meanwhile. Receives the request, then its other files in
 * batches as the page reads them (the dataset file is parsed and checked meanwhile); posts
 * progress, for a large map the request for its groups, then the result in parts (see
 * replyParts.ts), then 'done'.
 */
import { loadAny, loadRequest } from '../io/loadAny';
import { TextArrivals, type LoadWorkerMessage, type ToWorker } from '../io/loadFiles';
import { resultParts } from '../io/replyParts';
import type { Dataset } from '../domain/schema';
import { OVERVIEW_FROM_ACTORS } from '../domain/largeMap';
import { groupRequest } from './computeGroups';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: LoadWorkerMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

// Running: the page now sends the files (see loadFiles.ts).
post({ type: 'ready' });

let arrivals = new TextArrivals(0);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'texts') {
    arrivals.add(message.texts, message.count);
    return;
  }
  arrivals = new TextArrivals(message.texts);
  post({ type: 'progress', stage: 'reading the files' });
  void loadRequest(
    message.request,
    arrivals.all,
    (input) => loadAny({ ...input, onShaped: askForGroups }),
    (stage) => post({ type: 'progress', stage }),
  )
    .then((result) => {
      for (const part of resultParts(result)) post(part);
      post({ type: 'done' });
    })
    // The loader never rejects, and writing its result should never throw; if either does,
    // the page is told, rather than left waiting for the rest.
    .catch((error: unknown) =>
      post({ type: 'fault', reason: error instanceof Error ? error.message : String(error) }),
    );
};

/** A large map's groups are found on the page's side while the quotes are checked here. */
function askForGroups(dataset: Dataset) {
  if (dataset.actors.length < OVERVIEW_FROM_ACTORS) return;
  const ids = dataset.actors.map((actor) => actor.id);
  const request = groupRequest(ids, dataset.relations);
  post({ type: 'groups', request }, [request.links.buffer]);
}
