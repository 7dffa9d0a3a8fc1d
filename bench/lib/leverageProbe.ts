/**
 * The leverage questions, timed in the app: one path query and the leverage measures, asked
 * through the URL as a shared link asks them (the app applies the URL on popstate). The app
 * marks each around its own work: lm:paths-start/end around the path search on the page,
 * lm:metrics-start/end from preparing the measures' input to the worker's answer, and
 * lm:levers-start/end around working out the map's levers ahead of use, in idle slices (each
 * slice between lm:levers-slice-start and -end). Each
 * figure comes with the longest main-thread task that overlaps it: the page must never be
 * blocked for more than 50 ms by either.
 */
import type { Page } from 'playwright-core';
import { isQuiet, longestTask, readLongTasks, readMarks, type LongTask } from './pageProbes';

export interface LeverageQuestion {
  from: string;
  to: string;
  /** How the two were chosen, for the record. */
  chosen: string;
}

export interface LeverageFigures {
  /**
   * Working out the map's levers after the first frame, a slice per idle moment: from the
   * first slice to the last, idle time between included.
   */
  levers_ms: number;
  levers_longest_task_ms: number;
  paths_ms: number;
  paths_longest_task_ms: number;
  metrics_ms: number;
  /** Of metrics_ms, the page's part: from the start mark to the request posted to the worker. */
  metrics_page_ms: number | null;
  metrics_longest_task_ms: number;
  /** Paths the panel lists for the question (0: "No path found"), to show the query did work. */
  paths_found: number | null;
}

const QUIET_MS = 300;

/** Runs inside the page: moves to a view as back or forward would. */
function askThroughUrl(search: string): void {
  history.pushState(null, '', search);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Runs inside the page: how many paths the panel lists, or null if it shows no answer. */
function pathsListed(): number | null {
  if (!document.querySelector('.path-count')) return null;
  return document.querySelectorAll('.path-list > li').length;
}

function markCount(name: string): number {
  return performance.getEntriesByName(name).length;
}

function hasMoreMarks([name, before]: [string, number]): boolean {
  return performance.getEntriesByName(name).length > before;
}

async function ask(page: Page, search: string, endMark: string, timeout: number) {
  const before = await page.evaluate(markCount, endMark);
  await page.evaluate(askThroughUrl, search);
  await page.waitForFunction(hasMoreMarks, [endMark, before] as [string, number], { timeout, polling: 20 });
  await page.waitForFunction(isQuiet, QUIET_MS, { timeout, polling: 50 });
}

/** The last start mark before the last end mark, and the longest task overlapping them. */
function span(
  marks: Record<string, number[]>,
  tasks: readonly LongTask[],
  name: string,
): [ms: number, longestTask: number, start: number, end: number] {
  const end = (marks[`${name}-end`] ?? []).at(-1);
  const start = (marks[`${name}-start`] ?? []).filter((t) => end !== undefined && t <= end).at(-1);
  if (start === undefined || end === undefined) throw new Error(`the app set no ${name} marks`);
  return [end - start, longestTask(tasks, start, end), start, end];
}

/**
 * The longest task overlapping one of the levers' slices (lm:levers-slice-start/end) within
 * the levers' span: the page's other tasks between the slices are not theirs.
 */
function longestSlice(marks: Record<string, number[]>, tasks: readonly LongTask[], from: number, to: number) {
  const starts = (marks['lm:levers-slice-start'] ?? []).filter((t) => t >= from && t <= to);
  const ends = (marks['lm:levers-slice-end'] ?? []).filter((t) => t >= from && t <= to);
  return Math.max(0, ...starts.map((start, i) => longestTask(tasks, start, ends[i] ?? to)));
}

export async function probeLeverage(
  page: Page,
  q: LeverageQuestion,
  timeout: number,
): Promise<LeverageFigures> {
  const question = `?paths=1&from=${encodeURIComponent(q.from)}&to=${encodeURIComponent(q.to)}`;
  await ask(page, question, 'lm:paths-end', timeout);
  const paths_found = await page.evaluate(pathsListed);
  await ask(page, `${question}&size=brokerage`, 'lm:metrics-end', timeout);
  const [marks, tasks] = await Promise.all([page.evaluate(readMarks), page.evaluate(readLongTasks)]);
  const [paths_ms, paths_longest_task_ms] = span(marks, tasks, 'lm:paths');
  const [metrics_ms, metrics_longest_task_ms, metricsStart, metricsEnd] = span(marks, tasks, 'lm:metrics');
  const posted = (marks['bench:worker-post'] ?? []).find((t) => t >= metricsStart && t <= metricsEnd);
  const [levers_ms, , leversStart, leversEnd] = span(marks, tasks, 'lm:levers');
  return {
    levers_ms,
    levers_longest_task_ms: longestSlice(marks, tasks, leversStart, leversEnd),
    paths_ms,
    paths_longest_task_ms,
    metrics_ms,
    metrics_page_ms: posted === undefined ? null : posted - metricsStart,
    metrics_longest_task_ms,
    paths_found,
  };
}
