/// <reference lib="webworker" />
/**
 * Works out the leverage measures off the main thread: on a map of thousands of actors
 * brokerage alone takes a tenth of a second or more, too long to hold up the page.
 */
import { leverageMetrics, type LeverageFlow, type LeverageMetrics } from '../domain/leverage/metrics';

export type MetricsReply = { ok: true; metrics: LeverageMetrics } | { ok: false; message: string };

self.onmessage = (event: MessageEvent<LeverageFlow>) => {
  let reply: MetricsReply;
  try {
    reply = { ok: true, metrics: leverageMetrics(event.data) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const transfer = reply.ok
    ? [reply.metrics.held, reply.metrics.subject, reply.metrics.brokerage, reply.metrics.influence].map(
        (values) => values.buffer as ArrayBuffer,
      )
    : [];
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
};
