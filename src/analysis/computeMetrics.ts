/**
 * The leverage measures for a flow, from a worker where the page has workers (a browser) and
 * on the spot where it has none (the component tests' jsdom). An abort ends the worker.
 */
import type { LeverageFlow, LeverageMetrics } from '../domain/leverage/measures';
import type { MetricsReply } from './metricsWorker';

export function computeMetrics(flow: LeverageFlow, signal: AbortSignal): Promise<LeverageMetrics> {
  if (typeof Worker === 'undefined') {
    // The graph library stays out of the page's own scripts: it is fetched only here.
    return import('../domain/leverage/metrics').then(({ leverageMetrics }) => leverageMetrics(flow));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('The measures were no longer needed', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<MetricsReply>) => {
      finish();
      if (event.data.ok) resolve(event.data.metrics);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the measures could not be worked out'));
    };
    worker.postMessage(flow);
  });
}
