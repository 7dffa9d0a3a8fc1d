/**
 * Selecting an actor, timed in the app (issue 17: within 200 ms on W20). The actor is
 * selected through the URL, as a shared link or back/forward selects it (the app applies the
 * URL on popstate), and the figure runs from there until the Details panel names the actor
 * and the next frame is drawn: the store, the map's restyle for the selection and the panel.
 * The longest main-thread task in that time comes with it.
 */
import type { Page } from 'playwright-core';
import { isQuiet, longestTask, readLongTasks } from './pageProbes';

export interface SelectFigures {
  select_ms: number;
  select_longest_task_ms: number;
}

const QUIET_MS = 300;

/** Runs inside the page: selects the actor and resolves with [start, end] once it is shown. */
function selectAndWait([id, label]: [string, string]): Promise<[number, number]> {
  const start = performance.now();
  history.pushState(null, '', `?sel=actor:${encodeURIComponent(id)}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
  return new Promise((resolve) => {
    const shown = () =>
      document.querySelector('[aria-label="Details"] h2')?.textContent.includes(label) === true;
    const poll = () => {
      if (shown()) requestAnimationFrame(() => resolve([start, performance.now()]));
      else requestAnimationFrame(poll);
    };
    poll();
  });
}

export async function probeSelect(
  page: Page,
  actor: { id: string; label: string },
  timeout: number,
): Promise<SelectFigures> {
  await page.waitForFunction(isQuiet, QUIET_MS, { timeout, polling: 50 });
  const [start, end] = await page.evaluate(selectAndWait, [actor.id, actor.label] as [string, string]);
  const tasks = await page.evaluate(readLongTasks);
  return { select_ms: end - start, select_longest_task_ms: longestTask(tasks, start, end) };
}
