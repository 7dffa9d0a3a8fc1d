/**
 * The leverage measures for a flow, from a worker where the page has workers (a browser) and
 * on the spot where it has none (the component tests' jsdom). An abort ends the worker.
 */
import type { LeverageFlow, LeverageMetrics } from '../domain/leverage/measures';
import { runWorker } from './runWorker';

export function computeMetrics(flow: LeverageFlow, signal: AbortSignal): Promise<LeverageMetrics> {
  if (typeof Worker === 'undefined') {
    // The graph library stays out of the page's own scripts: it is fetched only here.
    return import('../domain/leverage/metrics').then(({ leverageMetrics }) => leverageMetrics(flow));
  }
  return runWorker(
    () => new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' }),
    flow,
    signal,
    { what: 'leverage measures' },
  );
}
