/**
 * Where a search query occurs in a text, ignoring case and diacritics the way search()
 * does, with offsets in the original text, so "bialiatski" marks "Białiatski" whole.
 */
import { normalizeForSearch } from './search';

export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits `text` into runs that match the query and runs that do not. */
export function splitByMatch(text: string, rawQuery: string): TextPart[] {
  const query = normalizeForSearch(rawQuery.trim());
  if (query === '' || text === '') return text === '' ? [] : [{ text, match: false }];

  // Normalise one character at a time, remembering which original offset each normalised
  // unit came from: NFD and lower-casing can change lengths, so offsets do not line up.
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const norm = normalizeForSearch(char);
    for (let i = 0; i < norm.length; i++) origin.push(offset);
    folded += norm;
    offset += char.length;
  }
  origin.push(text.length);

  const parts: TextPart[] = [];
  let done = 0;
  let from = folded.indexOf(query);
  while (from !== -1) {
    const start = origin[from] ?? text.length;
    const end = origin[from + query.length] ?? text.length;
    if (start > done) parts.push({ text: text.slice(done, start), match: false });
    if (end > start) parts.push({ text: text.slice(start, end), match: true });
    done = Math.max(done, end);
    from = folded.indexOf(query, from + query.length);
  }
  if (done < text.length) parts.push({ text: text.slice(done), match: false });
  return parts;
}
