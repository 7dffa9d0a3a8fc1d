/// <reference lib="webworker" />
/**
 * Works out the leverage measures off the main thread: on a map of thousands of actors
 * brokerage alone takes a tenth of a second or more, too long to hold up the page.
 */
import type { LeverageFlow } from '../domain/leverage/measures';
import { leverageMetrics } from '../domain/leverage/metrics';
import { answerRequests } from './runWorker';

answerRequests(
  (flow: LeverageFlow) => leverageMetrics(flow),
  (m) => [m.held.buffer, m.subject.buffer, m.brokerage.buffer, m.influence.buffer] as ArrayBuffer[],
);
