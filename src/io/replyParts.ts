/**
 * A big result sent from a worker to the page in many small messages, so that the page can
 * take it in without stopping for seconds: a small head first, then the long lists (actors,
 * relations, quote spans, issues, sources, deals) and records (the positions) in slices of
 * JSON and the source texts in batches, each a
 * message of its own, which the page receives and reads in a task of its own. JSON because
 * the page parses it several times faster than it rebuilds the same objects from a
 * structured clone (0.3 s against 3 s for 60,000 relations); in slices because on 20,000
 * actors one message took the page a task of 0.6 s to receive (60 MB of strings) and one
 * JSON.parse another 1.1 s. (Sending UTF-8 bytes instead, transferred, was no faster:
 * decoding them cost as much as receiving the strings.)
 *
 * Every part's longer strings come in tables beside its JSON (packedJson.ts), and the page
 * holds them as slices of those tables. Everything the page reads here is kept: as strings of
 * their own, V8's young-generation collector copied them twice, and on 20,000 actors each
 * pause took 110–150 ms, while the page did nothing else. A table is a large string, never
 * copied, and a slice a small reference into it: the pauses take 40–80 ms.
 */

import type { LoadResult } from './loadDataset';
import { packJson, unpackJson, type PackedJson } from './packedJson';

/** Where a list or a record is in the result, as keys from its top: ['dataset', 'relations']. */
export type ListPath = readonly string[];

export type ReplyPart =
  | { type: 'head'; packed: PackedJson }
  /** Items of a list, or with `entries` key and value pairs of a record (its own keys). */
  | { type: 'slice'; path: ListPath; packed: PackedJson; entries?: true }
  /** Texts by their source's id. */
  | { type: 'texts'; packed: PackedJson };

/** Items per slice: about 1 MB of relations, a few tens of milliseconds to receive and parse. */
export const SLICE = 2_000;
/**
 * Characters per message, at most, unless one item alone is longer: a slice of sources whose
 * texts are embedded (1,500 of them, 19 MB) is cut smaller, and texts go this many at a time.
 */
export const PART_CHARACTERS = 1_000_000;

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
  const lists: { path: ListPath; list: unknown[]; entries: boolean }[] = [];
  for (const path of paths) {
    const found = holderOf(root, path);
    const value = found?.holder[found.key];
    if (!found || typeof value !== 'object' || value === null) continue;
    const entries = !Array.isArray(value);
    found.holder[found.key] = entries ? {} : [];
    lists.push({ path, list: entries ? Object.entries(value) : (value as unknown[]), entries });
  }
  yield { type: 'head', packed: packed(root) };
  for (const { path, list, entries } of lists)
    for (let i = 0; i < list.length; i += SLICE)
      for (const part of packedWithin(list.slice(i, i + SLICE)))
        yield { type: 'slice', path, packed: part, ...(entries ? { entries } : {}) };
  // No prototype: a source whose id is "__proto__" keeps its text.
  const batchOf = () => Object.create(null) as Record<string, string>;
  let batch = batchOf();
  let size = 0;
  let pending = false;
  for (const [id, text] of Object.entries(texts)) {
    if (size > 0 && size + text.length > PART_CHARACTERS) {
      yield { type: 'texts', packed: packed(batch) };
      batch = batchOf();
      size = 0;
    }
    batch[id] = text;
    size += text.length;
    pending = true;
  }
  if (pending) yield { type: 'texts', packed: packed(batch) };
}

/**
 * Items packed, in as many parts as it takes for each to hold at most PART_CHARACTERS (an item
 * longer than that is a part of its own). Cut once by the size of the whole, with room to
 * spare, so items are seldom packed more than twice.
 */
function* packedWithin(items: unknown[]): Generator<PackedJson> {
  const whole = packed(items);
  const size = whole.json.length + whole.tables[0].joined.length + whole.tables[1].joined.length;
  if (items.length === 1 || size <= PART_CHARACTERS) {
    yield whole;
    return;
  }
  const pieces = Math.min(items.length, Math.ceil((1.25 * size) / PART_CHARACTERS));
  const each = Math.ceil(items.length / pieces);
  for (let i = 0; i < items.length; i += each) yield* packedWithin(items.slice(i, i + each));
}

/** An object or a list, packed (see packedJson.ts). */
function packed(value: object): PackedJson {
  const result = packJson(value);
  if (!result) throw new Error('a part of the result could not be written as JSON');
  return result;
}

/** Puts a result back together from its parts, one part (one message) at a time. */
export class PartsReader {
  private root: Json | null = null;
  /** The texts, keyed with no prototype: a source id such as "constructor" finds only its own. */
  readonly texts = Object.create(null) as Record<string, string>;

  read(part: ReplyPart): void {
    const value = unpackJson(part.packed);
    if (part.type === 'head') this.root = value as Json;
    else if (part.type === 'texts') Object.assign(this.texts, value);
    else {
      if (!this.root) throw new Error('a part of the result came before its head');
      let holder: unknown = this.root;
      for (const key of part.path) holder = (holder as Json)[key];
      if (part.entries)
        // Defined, not set: a key such as "__proto__" is the record's own, as JSON.parse makes it.
        for (const [key, item] of value as [string, unknown][])
          Object.defineProperty(holder, key, {
            value: item,
            writable: true,
            enumerable: true,
            configurable: true,
          });
      else for (const item of value as unknown[]) (holder as unknown[]).push(item);
    }
  }

  result(): unknown {
    if (!this.root) throw new Error('the result ended before its head arrived');
    return this.root;
  }
}

/** The lists (and the record of positions) a result may hold, sent in slices. */
const IN_DATASET = ['actors', 'relations', 'sources', 'deals', 'positions'];
const LISTS: ListPath[] = [
  ['issues'],
  ...IN_DATASET.map((key) => ['dataset', key]),
  ['spans'],
  ...IN_DATASET.map((key) => ['loaded', 'dataset', key]),
  ['loaded', 'spans'],
];

/** A loader's result as the loading worker sends it: the head, the lists' slices, the texts. */
export function resultParts(result: LoadResult): Generator<ReplyPart> {
  const loaded = result.ok ? result : result.loaded;
  const { issues } = result;
  const body = result.ok
    ? { ok: true, issues, dataset: result.dataset, spans: result.spans }
    : { ok: false, issues, loaded: loaded && { dataset: loaded.dataset, spans: loaded.spans } };
  return toParts(body, LISTS, loaded?.texts ?? {});
}
