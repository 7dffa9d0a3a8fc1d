/**
 * What a partial date looks like: "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real calendar day.
 * Apart from the schema (and zod) so the URL can check a date without loading them.
 */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a partial date's day, if it has one, exists: "2025-02-30" does not. */
export function isRealDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match?.[3]) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isPartialDate = (value: string): boolean => PARTIAL_DATE.test(value) && isRealDate(value);

/**
 * Whether a period's end comes before its start. Partial dates compare as text, "2025" <
 * "2025-10" < "2025-10-20", so a year may end in a month of it, never before it.
 */
export const endsBeforeStart = (start: string, end: string): boolean => end < start;
