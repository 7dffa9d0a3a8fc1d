/**
 * A big result sent from a worker to the page in many small messages, so that the page can
 * take it in without stopping for seconds: a small head first, then the long lists (actors,
 * relations, quote spans, issues) in slices of JSON and the source texts in batches, each a
 * message of its own, which the page receives and reads in a task of its own. JSON because
 * the page parses it several times faster than it rebuilds the same objects from a
 * structured clone (0.3 s against 3 s for 60,000 relations); in slices because on 20,000
 * actors one message took the page a task of 0.6 s to receive (60 MB of strings) and one
 * JSON.parse another 1.1 s. (Sending UTF-8 bytes instead, transferred, was no faster:
 * decoding them cost as much as receiving the strings.)
 */

/** Where a list is in the result, as keys from its top: ['dataset', 'relations']. */
export type ListPath = readonly string[];

export type ReplyPart =
  | { type: 'head'; json: string }
  | { type: 'slice'; path: ListPath; json: string }
  | { type: 'texts'; texts: Record<string, string> };

/** Items per slice: about 1 MB of relations, a few tens of milliseconds to receive and parse. */
export const SLICE = 2_000;
/** Characters of source text per message. */
export const TEXTS_PER_MESSAGE = 1_000_000;

type Json = Record<string, unknown>;

/** The lists' holder, copied on the way down so the caller's objects are left as they were. */
function holderOf(root: Json, path: ListPath): { holder: Json; key: string } | null {
  let holder = root;
  for (const key of path.slice(0, -1)) {
    const next = holder[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) return null;
    holder = holder[key] = { ...(next as Json) };
  }
  const key = path[path.length - 1];
  return key === undefined ? null : { holder, key };
}

/**
 * `body` (left unchanged) and the texts as messages: the head, the lists' slices, the texts.
 * Each is made as it is asked for, so a worker can post one while the page reads the last.
 */
export function* toParts(
  body: Json,
  paths: readonly ListPath[],
  texts: Readonly<Record<string, string>> = {},
): Generator<ReplyPart> {
  const root: Json = { ...body };
  const lists: { path: ListPath; list: unknown[] }[] = [];
  for (const path of paths) {
    const found = holderOf(root, path);
    const list = found?.holder[found.key];
    if (!found || !Array.isArray(list)) continue;
    found.holder[found.key] = [];
    lists.push({ path, list });
  }
  yield { type: 'head', json: JSON.stringify(root) };
  for (const { path, list } of lists)
    for (let i = 0; i < list.length; i += SLICE)
      yield { type: 'slice', path, json: JSON.stringify(list.slice(i, i + SLICE)) };
  let batch: Record<string, string> = {};
  let size = 0;
  let pending = false;
  for (const [id, text] of Object.entries(texts)) {
    if (size > 0 && size + text.length > TEXTS_PER_MESSAGE) {
      yield { type: 'texts', texts: batch };
      batch = {};
      size = 0;
    }
    batch[id] = text;
    size += text.length;
    pending = true;
  }
  if (pending) yield { type: 'texts', texts: batch };
}

/** Puts a result back together from its parts, one part (one message) at a time. */
export class PartsReader {
  private root: Json | null = null;
  /** The texts, keyed with no prototype: a source id such as "constructor" finds only its own. */
  readonly texts = Object.create(null) as Record<string, string>;

  read(part: ReplyPart): void {
    if (part.type === 'head') this.root = JSON.parse(part.json) as Json;
    else if (part.type === 'texts') Object.assign(this.texts, part.texts);
    else {
      let holder: unknown = this.root;
      for (const key of part.path) holder = (holder as Json)[key];
      const list = holder as unknown[];
      for (const item of JSON.parse(part.json) as unknown[]) list.push(item);
    }
  }

  result(): unknown {
    if (!this.root) throw new Error('the result ended before its head arrived');
    return this.root;
  }
}
