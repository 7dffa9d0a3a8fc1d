/**
 * The "As of" slider, played as a hand would: the timeline opened through the URL (as a
 * shared link opens it), the slider set to the latest month with End, then stepped back a
 * month at a time with the arrow key, one press every STEP_EVERY_MS, while the frames are
 * counted, until the page is quiet after the last press. Each step refilters the map, restyles what changes and redraws the timeline: the
 * frames must keep up (issue 15: p95 under 33 ms on W5).
 */
import type { Page } from 'playwright-core';
import { percentile } from './stats';
import { isQuiet, startFrames, stopFrames } from './pageProbes';

export interface TimeFigures {
  asof_frame_ms_p95: number;
  asof_frame_ms_max: number;
  /** How many months the slider was stepped through. */
  asof_steps: number;
}

const STEPS = 12;
const STEP_EVERY_MS = 120;
const QUIET_MS = 300;

/**
 * The map alone with its timeline, as a shared link opens it: the leverage question and the
 * size measure the leverage probe left are closed, so the figure is the slider's own. (With a
 * path question open and actors sized by a measure, each step also reruns the path search and
 * the measures on the map as filtered: not measured here.)
 */
function openTimeline(search: string): void {
  history.pushState(null, '', search);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** `search`: the view to step it in; by default the map alone with its timeline. */
export async function probeAsOf(page: Page, timeout: number, search = '?timeline=1'): Promise<TimeFigures> {
  await page.evaluate(openTimeline, search);
  const slider = page.getByRole('slider', { name: 'As of' });
  await slider.waitFor({ timeout });
  await slider.focus();
  await slider.press('End');
  await page.waitForFunction(isQuiet, QUIET_MS, { timeout, polling: 50 });
  await page.evaluate(startFrames);
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(STEP_EVERY_MS);
  }
  // Counted until the page is quiet again: a large map draws the view once the slider rests
  // (see useSettled), and that redraw is part of moving the slider; max shows it.
  await page.waitForFunction(isQuiet, QUIET_MS, { timeout, polling: 50 });
  const deltas = await page.evaluate(stopFrames);
  if (!deltas.length) throw new Error('no frame was drawn while the slider moved');
  return {
    asof_frame_ms_p95: percentile(deltas, 95),
    asof_frame_ms_max: Math.max(...deltas),
    asof_steps: STEPS,
  };
}
