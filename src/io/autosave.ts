/**
 * Writes the newest version of something a short while after it last changed, so a burst
 * of edits costs one write; `flush` writes at once (the page is being left). A failed write
 * is reported and kept: the next change or flush tries again with the newest version.
 */
export type AutosaveStatus = 'saving' | 'saved' | { failed: string };

export interface Autosave<T> {
  schedule: (value: T) => void;
  /** Writes what is pending now; resolves when it is written (or has failed). */
  flush: () => Promise<void>;
}

type Write<T> = (value: T) => Promise<{ ok: true } | { ok: false; message: string }>;

export function createAutosave<T>(
  write: Write<T>,
  delayMs: number,
  onStatus: (status: AutosaveStatus) => void,
): Autosave<T> {
  let pending: T | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  // A function, so the check after a write reads the value as it is then.
  const hasPending = () => pending !== null;

  const run = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === null) return;
    const value = pending;
    pending = null;
    onStatus('saving');
    let outcome: Awaited<ReturnType<Write<T>>>;
    try {
      outcome = await write(value);
    } catch (error) {
      outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) {
      // Saved, unless a newer version came while this one was being written.
      if (!hasPending()) onStatus('saved');
    } else {
      // Kept for the next attempt, unless a newer version has been scheduled meanwhile.
      pending ??= value;
      onStatus({ failed: outcome.message });
    }
  };
  // Writes one after another, never two at once.
  const enqueue = () => (writing = writing.then(run));

  return {
    schedule: (value) => {
      pending = value;
      clearTimeout(timer);
      timer = setTimeout(() => void enqueue(), delayMs);
    },
    flush: () => enqueue(),
  };
}
