/**
 * Saves the map being edited shortly after each change, without a write per keystroke or
 * per frame of a drag: changes within `delayMs` of the first unsaved one are written once,
 * as the newest of them. The wait starts at the first unsaved change and is not restarted by
 * later ones, so a long drag is still saved every `delayMs` rather than only when it stops.
 *
 * Writes never overlap, and they happen in the order scheduled. A write that fails keeps
 * its record, so the next schedule or a flush() writes it again; nothing is dropped quietly.
 */

export type SaveOutcome = { ok: true } | { ok: false; message: string };
export type SaveStatus = 'saving' | 'saved' | { failed: string };

export interface Autosave<R> {
  /** Saves `record` soon, in place of anything scheduled and not yet written. */
  schedule(record: R): void;
  /** Writes what is scheduled now (before leaving the page, before opening another map). */
  flush(): Promise<SaveOutcome>;
  /** Whether something scheduled is not yet stored: to warn before the page is closed. */
  hasUnsaved(): boolean;
}

export function createAutosave<R>(
  write: (record: R) => Promise<SaveOutcome>,
  delayMs = 300,
  onStatus: (status: SaveStatus) => void = () => undefined,
): Autosave<R> {
  // Boxed, so a record that is itself undefined or null can still be scheduled.
  let pending: { record: R } | undefined;
  let writing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: SaveOutcome = { ok: true };
  let queue: Promise<SaveOutcome> = Promise.resolve(last);

  // Read through a function: a schedule() during the await changes `pending` behind the
  // type checker's back.
  const scheduledMeanwhile = () => pending !== undefined;

  const writeOnce = async (): Promise<SaveOutcome> => {
    if (!pending) return last;
    const { record } = pending;
    pending = undefined;
    writing = true;
    onStatus('saving');
    last = await safely(write, record);
    writing = false;
    if (!last.ok) {
      // A newer record scheduled meanwhile wins; otherwise this one waits for the next try.
      pending ??= { record };
      onStatus({ failed: last.message });
    } else if (!scheduledMeanwhile()) onStatus('saved');
    return last;
  };

  const writePending = () => {
    queue = queue.then(writeOnce, writeOnce);
    return queue;
  };

  return {
    schedule(record) {
      pending = { record };
      timer ??= setTimeout(() => {
        timer = undefined;
        void writePending();
      }, delayMs);
    },
    flush() {
      clearTimeout(timer);
      timer = undefined;
      return writePending();
    },
    hasUnsaved: () => pending !== undefined || writing,
  };
}

/** The write's outcome, with a rejection or a throw turned into a failure with a sentence. */
async function safely<R>(write: (record: R) => Promise<SaveOutcome>, record: R): Promise<SaveOutcome> {
  try {
    return await write(record);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `The map could not be saved (${reason}). Download it so nothing is lost.`,
    };
  }
}
