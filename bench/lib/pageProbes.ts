/**
 * Functions that run inside the page (playwright serialises them, so each stands alone).
 * They measure all three contenders the same way: performance marks, long tasks, and
 * requestAnimationFrame timestamps, never a renderer's internals.
 */

interface BenchState {
  longTasks: { start: number; duration: number }[];
  frames?: { deltas: number[]; running: boolean };
}

type BenchWindow = Window & { __bench?: BenchState; gc?: () => void };

/** Installed before any of the page's scripts: long tasks from the start, and file picks. */
export function installProbes(): void {
  const w = window as BenchWindow;
  const state: BenchState = { longTasks: [] };
  w.__bench = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // When the page hands a job to a worker: splits the app's measures into the page's part
  // (preparing the input) and the worker's.
  const post =
    typeof Worker === 'undefined'
      ? undefined
      : (Object.getOwnPropertyDescriptor(Worker.prototype, 'postMessage')?.value as
          ((this: Worker, ...args: unknown[]) => void) | undefined);
  if (post) {
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      performance.mark('bench:worker-post');
      post.apply(this, args);
    } as Worker['postMessage'];
  }
  // Capture phase: this runs before the page's own change handler starts reading the files.
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        performance.mark('bench:files-picked');
    },
    true,
  );
}

/** Start times of every mark, by name. */
export function readMarks(): Record<string, number[]> {
  const marks: Record<string, number[]> = {};
  for (const e of performance.getEntriesByType('mark')) (marks[e.name] ??= []).push(e.startTime);
  return marks;
}

/**
 * True once the graph's drawn mark stands after the last file pick (or at all, with no
 * pick mark named), or once the page has reported an error instead.
 */
export function hasDrawnSince([drawn, pick]: [string, string | null]): boolean {
  if (document.body.hasAttribute('data-error')) return true;
  let since = 0;
  if (pick) {
    const picks = performance.getEntriesByName(pick);
    if (picks.length === 0) return false;
    since = picks[picks.length - 1]!.startTime;
  }
  return performance.getEntriesByName(drawn).some((e) => e.startTime >= since);
}

/** What a peer page put in data-error, if anything went wrong there. */
export function pageError(): string | null {
  return document.body.getAttribute('data-error');
}

/** True when no long task has ended for `quietMs` and nothing is known to be pending. */
export function isQuiet(quietMs: number): boolean {
  const tasks = (window as BenchWindow).__bench?.longTasks ?? [];
  const lastEnd = tasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
  return performance.now() - lastEnd >= quietMs;
}

export interface LongTask {
  start: number;
  duration: number;
}

export function readLongTasks(): LongTask[] {
  return (window as BenchWindow).__bench?.longTasks ?? [];
}

/** The longest main-thread task overlapping [from, to], or 0 (read in Node, from readLongTasks). */
export function longestTask(tasks: readonly LongTask[], from: number, to: number): number {
  return tasks
    .filter((t) => t.start <= to && t.start + t.duration >= from)
    .reduce((longest, t) => Math.max(longest, t.duration), 0);
}

/** Scripts fetched so far, with when each arrived. */
export function readScripts(): { url: string; end: number }[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => ({ url: e.name, end: (e as PerformanceResourceTiming).responseEnd }))
    .filter((e) => new URL(e.url).pathname.endsWith('.js'));
}

/** Starts recording the time between animation frames. */
export function startFrames(): void {
  const w = window as BenchWindow;
  const frames = { deltas: [] as number[], running: true };
  w.__bench!.frames = frames;
  let last = -1;
  const tick = (t: number) => {
    if (last >= 0) frames.deltas.push(t - last);
    last = t;
    if (frames.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): number[] {
  const frames = (window as BenchWindow).__bench!.frames!;
  frames.running = false;
  return frames.deltas;
}

/** Resolves at the next animation frame: paces the gesture to what the page can draw. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export function collectGarbage(): void {
  const gc = (window as BenchWindow).gc;
  if (!gc) throw new Error('window.gc is missing: launch Chromium with --js-flags=--expose-gc');
  gc();
  gc();
}

/** The renderer string WebGL reports (SwiftShader here), or why there is none. */
export function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return 'no WebGL';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}
