/**
 * Undo and redo as plain data: the documents before and after the present one, each with
 * what the edit that left it did. Documents share what an edit did not change, so a long
 * history costs little; past the limit the oldest steps are forgotten.
 */
export interface Step<T> {
  state: T;
  /** The edit that led from this step to the next, in words: "add relation “…”". */
  label: string;
}

export interface History<T> {
  past: readonly Step<T>[];
  present: T;
  future: readonly Step<T>[];
}

export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** The present moves into the past, labelled with the edit that replaces it; redo is cleared. */
export function record<T>(history: History<T>, next: T, label: string): History<T> {
  const past = [...history.past, { state: history.present, label }];
  return { past: past.slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const last = history.past.at(-1);
  if (!last) return history;
  return {
    past: history.past.slice(0, -1),
    present: last.state,
    future: [{ state: history.present, label: last.label }, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const next = history.future[0];
  if (!next) return history;
  return {
    past: [...history.past, { state: history.present, label: next.label }],
    present: next.state,
    future: history.future.slice(1),
  };
}

/** "add relation “…”": what Undo would take back, or null. */
export const undoLabel = <T>(history: History<T>) => history.past.at(-1)?.label ?? null;
export const redoLabel = <T>(history: History<T>) => history.future[0]?.label ?? null;
