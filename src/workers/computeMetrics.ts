/**
 * The leverage measures for a flow, from a worker kept for the page's life where the page
 * has workers (a browser), and on the spot where it has none (the component tests' jsdom) or
 * may start none (the offline copy in one page, opened from disk: see vite.dossier.config.ts).
 */
import type { LeverageFlow, LeverageMetrics } from '../domain/leverage/measures';
import { WorkerClient } from './runWorker';

const client =
  typeof Worker === 'undefined' || import.meta.env.MODE === 'dossier'
    ? null
    : new WorkerClient(
        () => new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' }),
        'leverage measures',
      );

export function computeMetrics(flow: LeverageFlow, signal: AbortSignal): Promise<LeverageMetrics> {
  if (!client) {
    // The graph library stays out of the page's own scripts: it is fetched only here.
    return import('../domain/leverage/metrics').then(({ leverageMetrics }) => leverageMetrics(flow));
  }
  return client.run<LeverageMetrics>(flow, signal);
}
