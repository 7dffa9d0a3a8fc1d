/** The few statistics the benchmark reports. Pure, so they are unit-tested without a browser. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many runs gave a value. */
  n: number;
}

function sorted(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** The middle value; the mean of the two middle values for an even count; NaN when empty. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The p-th percentile by nearest rank: the smallest value with at least p% of the values at
 * or below it. A frame percentile must be a frame that happened, not an interpolation.
 */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * s.length);
  return s[Math.max(0, rank - 1)]!;
}

export function summarize(values: readonly number[]): Summary | null {
  const s = sorted(values);
  if (s.length === 0) return null;
  return { median: median(s), min: s[0]!, max: s[s.length - 1]!, n: s.length };
}

/** a / b, or null when either is missing or b is zero. */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0)
    return null;
  return a / b;
}

/** Rounds for the report: one decimal below 100, whole numbers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) < 100 ? Math.round(value * 10) / 10 : Math.round(value);
}
