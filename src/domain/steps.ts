/**
 * Work over a whole map that can pause: a generator that yields (nothing) every so often and
 * returns its result. Run at once where the answer is needed now, or a slice per task where
 * it can be got ready ahead without holding the page (on 20,000 actors the index or the
 * levers took a task of 0.2–0.35 s each).
 */
export type Steps<T> = Generator<void, T>;

/** The result, with no pauses. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The result, a slice at a time: `next` waits (for the next task, an idle moment) before each
 * slice, the first too, so none runs in the caller's task. Null if `stop` says so once a wait
 * is over (another map opened, the result was needed sooner and worked out at once).
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  next: () => Promise<void>,
  stop: () => boolean = () => false,
): Promise<T | null> {
  for (;;) {
    await next();
    if (stop()) return null;
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * When a Steps should pause: it calls this once per item of work and yields on true. A Steps
 * takes one, so that those it runs inside it count towards the same slice.
 */
export type Pause = () => boolean;

/** True after every `slice` items of work. */
export function pauseEvery(slice: number): Pause {
  let done = 0;
  return () => ++done % slice === 0;
}

/** Never: for a Steps run at once. */
export const noPause: Pause = () => false;

/** Waits for a task of its own, so the page can draw and take input before the next. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
