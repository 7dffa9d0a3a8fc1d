/**
 * The scripted gesture: a mouse drag across the middle of the graph and back, then a wheel
 * zoom in and out. Events follow a fixed schedule, as a hand would (a move every 16 ms, a
 * wheel tick every 40 ms): a page that keeps up finishes on schedule, a busy page makes the
 * events queue, so the gesture takes longer (gesture_wall_ms) and frames stretch
 * (frame_ms_p95, frame_ms_max). Each half is capped on its own, so a page too slow to
 * finish the drag still has its zoom measured.
 */
import type { Page } from 'playwright-core';
import { nextFrame, startFrames, stopFrames } from './pageProbes';

const DRAG_STEPS = 25;
const MOVE_EVERY_MS = 16;
const WHEEL_TICKS = 10;
const WHEEL_EVERY_MS = 40;
/** After the last input: renderers redraw in full once a zoom ends (cytoscape after 150 ms). */
const TAIL_MS = 300;

export const GESTURE_EVENTS = 2 * DRAG_STEPS + 2 * WHEEL_TICKS;

export interface GestureResult {
  frameDeltas: number[];
  /** Null when the gesture was cut short: the page fell too far behind its schedule. */
  wallMs: number | null;
  /** How many of the gesture's input events were sent. */
  eventsSent: number;
}

/** Sends events on a schedule until they run out or the part's cap has passed; returns how many. */
async function onSchedule(events: readonly (() => Promise<void>)[], everyMs: number, capMs: number) {
  const began = Date.now();
  let sent = 0;
  for (const send of events) {
    if (Date.now() - began > capMs) break;
    // A page that is late gets no wait at all: the events queue as they would under a hand.
    const wait = began + (sent + 1) * everyMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await send();
    sent++;
  }
  return sent;
}

export async function playGesture(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  partCapMs: number,
): Promise<GestureResult> {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = Math.min(240, box.width / 3) / DRAG_STEPS;
  const dy = Math.min(80, box.height / 4) / DRAG_STEPS;
  const start = { x: cx - (dx * DRAG_STEPS) / 2, y: cy - (dy * DRAG_STEPS) / 2 };
  const moveTo = (i: number) => () => page.mouse.move(start.x + dx * i, start.y + dy * i);
  const there = Array.from({ length: DRAG_STEPS }, (_, i) => moveTo(i + 1));
  const back = Array.from({ length: DRAG_STEPS }, (_, i) => moveTo(DRAG_STEPS - 1 - i));
  const wheel = (deltaY: number) => () => page.mouse.wheel(0, deltaY);
  const ticks = [...Array<number>(WHEEL_TICKS).fill(-100), ...Array<number>(WHEEL_TICKS).fill(100)].map(
    wheel,
  );

  await page.mouse.move(start.x, start.y);
  await page.evaluate(startFrames);
  const began = Date.now();
  await page.mouse.down();
  let eventsSent = await onSchedule([...there, ...back], MOVE_EVERY_MS, partCapMs);
  await page.mouse.up();
  eventsSent += await onSchedule(ticks, WHEEL_EVERY_MS, partCapMs);
  // The last event counts once the page has drawn after it.
  await page.evaluate(nextFrame);
  const wallMs = eventsSent === GESTURE_EVENTS ? Date.now() - began : null;
  await page.waitForTimeout(TAIL_MS);
  await page.evaluate(nextFrame);
  return { frameDeltas: await page.evaluate(stopFrames), wallMs, eventsSent };
}
