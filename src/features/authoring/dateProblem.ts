import { PartialDate } from '../../domain/schema';

/** What is wrong with a date typed in a form, in the schema's words, or undefined if nothing. */
export function dateProblem(text: string): string | undefined {
  const parsed = PartialDate.safeParse(text);
  return parsed.success ? undefined : `The date ${parsed.error.issues[0]?.message ?? 'is not valid'}.`;
}
