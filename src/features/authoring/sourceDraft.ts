/**
 * The source form's fields as typed, and what they make: a Source, or a sentence per field
 * saying what to fix. Formats (dates, addresses) are judged by the schema itself, so the
 * form says what the validator would.
 */
import { Source } from '../../domain/schema';
import { dateProblem } from './dateProblem';
import type { FieldErrors } from './useFieldErrors';
import { splitList } from './useFieldErrors';

export interface SourceDraft {
  title: string;
  publisher: string;
  /** Comma-separated. */
  authors: string;
  published: string;
  dateUnknown: boolean;
  url: string;
  text: string;
}

export type SourceField = 'title' | 'publisher' | 'published' | 'url' | 'text';

/** The most a source text may hold: past this, one source per chapter reads and checks better. */
export const MAX_SOURCE_BYTES = 2_000_000;

/** The text's size in UTF-8, as a file of it would be, without encoding a copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one character of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "2.4 MB (2,400,000 bytes)". */
export function formatBytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB (${bytes.toLocaleString('en-GB')} bytes)`;
}

/** What is wrong with the draft, field by field, in the form's order; `text` only for a new source. */
export function sourceProblems(draft: SourceDraft, checkText: boolean): FieldErrors<SourceField> {
  const errors: FieldErrors<SourceField> = {};
  if (draft.title.trim() === '') errors.title = 'Give the source’s title, as the source gives it.';
  if (draft.publisher.trim() === '')
    errors.publisher = 'Say who published it: a newspaper, an institute, a government.';
  if (!draft.dateUnknown) {
    const date = draft.published.trim();
    if (date === '') errors.published = 'Give the date it was published, or tick “Date not given”.';
    else errors.published = dateProblem(date);
  }
  const url = draft.url.trim();
  if (url !== '') {
    const parsed = Source.safeParse({ ...sourceFromDraft(draft, 'checking'), url });
    const issue = parsed.error?.issues.find((i) => i.path[0] === 'url');
    if (issue) errors.url = `The address ${issue.message}.`;
  }
  if (checkText) {
    const bytes = draft.text.trim() === '' ? 0 : utf8Length(draft.text);
    if (bytes === 0)
      errors.text = 'Paste the source’s text, or open a .txt file: every quote is checked against it.';
    else if (bytes > MAX_SOURCE_BYTES)
      errors.text = `The text is ${formatBytes(bytes)}; a source can hold at most ${formatBytes(MAX_SOURCE_BYTES)}. Split it into several sources, one per chapter.`;
  }
  return errors;
}

/** The source the draft describes, under this id; what the form does not show is kept from `base`. */
export function sourceFromDraft(draft: SourceDraft, id: string, base?: Source): Source {
  const authors = splitList(draft.authors);
  const url = draft.url.trim();
  const source: Source = {
    ...base,
    id,
    title: draft.title.trim(),
    publisher: draft.publisher.trim(),
    // An unknown date keeps the bounds the file gave it; the form does not show them.
    published: draft.dateUnknown
      ? typeof base?.published === 'object'
        ? base.published
        : { unknown: true }
      : draft.published.trim(),
  };
  // A source keeps its text where it is: embedded ("content", a map reopened from the
  // browser) or a path; a new one names the file it would be in the folder form.
  if (base?.content === undefined) source.text = base?.text ?? `sources/${id}.txt`;
  if (authors.length > 0) source.authors = authors;
  else delete source.authors;
  if (url !== '') source.url = url;
  else delete source.url;
  return source;
}

/** The form's fields for an existing source, or empty for a new one. */
export function draftOf(source: Source | undefined, text: string): SourceDraft {
  const published = source?.published;
  return {
    title: source?.title ?? '',
    publisher: source?.publisher ?? '',
    authors: source?.authors?.join(', ') ?? '',
    published: typeof published === 'string' ? published : '',
    dateUnknown: typeof published === 'object',
    url: source?.url ?? '',
    text,
  };
}
