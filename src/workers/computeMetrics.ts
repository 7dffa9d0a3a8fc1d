/**
 * The leverage measures for a flow, from a worker kept for the page's life where the page
 * has workers (a browser), and on the spot where it has none (the component tests' jsdom).
 */
import type { LeverageFlow, LeverageMetrics } from '../domain/leverage/measures';
import { WorkerClient } from './runWorker';

const client =
  typeof Worker === 'undefined'
    ? null
    : new WorkerClient(
        () => new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' }),
        'leverage measures',
      );

/**
 * A small made-up map: 1,600 actors in a ring (enough for brokerage to be sampled, as on a
 * large map), each holding levers over two others. Worked
 * through once when the page is idle, it gets the worker's code compiled and optimised, so the
 * first real request does not pay for that (on 5,000 actors, a cold run takes about twice as
 * long as a warm one).
 */
function warmUpFlow(): LeverageFlow {
  const n = 1600;
  const actors = Array.from({ length: n }, (_, i) => `warm-${i}`);
  const holders = new Int32Array(2 * n);
  const subjects = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    holders[2 * i] = holders[2 * i + 1] = i;
    subjects[2 * i] = (i + 1) % n;
    subjects[2 * i + 1] = (i + 7) % n;
  }
  return { actors, holders, subjects, weights: new Float64Array(2 * n).fill(1) };
}

/** Loads and warms the worker ahead of the first request (the graph library is most of it). */
export function warmMetrics(): void {
  client?.run(warmUpFlow(), new AbortController().signal).catch(() => undefined);
}

export function computeMetrics(flow: LeverageFlow, signal: AbortSignal): Promise<LeverageMetrics> {
  if (!client) {
    // The graph library stays out of the page's own scripts: it is fetched only here.
    return import('../domain/leverage/metrics').then(({ leverageMetrics }) => leverageMetrics(flow));
  }
  return client.run<LeverageMetrics>(flow, signal);
}
