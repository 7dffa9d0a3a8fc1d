/**
 * The maps a user makes, kept in the browser's IndexedDB (through idb-keyval): each map's
 * record under its own key, and beside them a small list of titles and dates, so "My maps"
 * lists a hundred maps without reading a hundred files. A record holds the map as the one
 * self-contained file a download gives, so opening it goes through the same loader as any
 * file. Nothing here throws: every failure is a sentence saying what to do.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

/** The shape of a stored record; a newer app migrates older records when it reads them. */
export const STORE_VERSION = 1;

export interface MapSummary {
  id: string;
  title: string;
  created: number;
  updated: number;
}

export interface MapRecord extends MapSummary {
  storeVersion: number;
  /** The map as one self-contained dataset file (see selfContained.ts). */
  file: string;
}

/** Which map was open when the page was left, so a reload reopens it. */
export type LastOpen = { kind: 'local'; id: string } | { kind: 'bundled'; name: string };

export type StoreFailure = { ok: false; reason: 'quota' | 'unavailable' | 'unknown'; message: string };
export type StoreResult<T = object> = ({ ok: true } & T) | StoreFailure;

const LIST_KEY = 'list';
const LAST_OPEN_KEY = 'last-open';
const recordKey = (id: string) => `map:${id}`;

let opened: UseStore | null = null;
function store(): UseStore {
  opened ??= createStore('leverage-map', 'maps');
  return opened;
}

/** What went wrong with the browser's storage, as the user can act on it. */
export function storeFailure(error: unknown): StoreFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError')
    return {
      ok: false,
      reason: 'quota',
      message:
        'the browser’s storage for this site is full. Download the map so nothing is lost, then delete maps you no longer need.',
    };
  if (
    typeof indexedDB === 'undefined' ||
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError'
  )
    return {
      ok: false,
      reason: 'unavailable',
      message:
        'this browser does not let the site keep data (a private window, or storage turned off). Download the map so nothing is lost.',
    };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    reason: 'unknown',
    message: `the browser could not store the map (${detail}). Download it so nothing is lost.`,
  };
}

async function guarded<T extends object>(work: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await work();
  } catch (error) {
    return storeFailure(error);
  }
}

const summaryOf = ({ id, title, created, updated }: MapSummary): MapSummary => ({
  id,
  title,
  created,
  updated,
});

/** Brings a record written by an older app up to this one's shape. */
export function migrateRecord(value: unknown): StoreResult<{ record: MapRecord }> {
  const record = value as Partial<MapRecord> | undefined;
  if (!record || typeof record.file !== 'string' || typeof record.id !== 'string')
    return { ok: false, reason: 'unknown', message: 'the stored map is damaged and cannot be read' };
  const version = record.storeVersion ?? 1;
  if (version > STORE_VERSION)
    return {
      ok: false,
      reason: 'unknown',
      message: `this map was saved by a newer version of Leverage Map (storage version ${version}); open it there, or update this one`,
    };
  // Version 1 is the only one so far; a version 2 would convert a version 1 record here.
  return { ok: true, record: { ...(record as MapRecord), storeVersion: STORE_VERSION } };
}

/** Writes the record and its line in the list in one transaction: both or neither. */
function write(record: MapRecord, removeId?: string): Promise<void> {
  return store()('readwrite', async (objects) => {
    const list = ((await promisifyRequest(objects.get(LIST_KEY))) as MapSummary[] | undefined) ?? [];
    const kept = list.filter((m) => m.id !== record.id && m.id !== removeId);
    objects.put(record, recordKey(record.id));
    objects.put([...kept, summaryOf(record)], LIST_KEY);
    await promisifyRequest(objects.transaction);
  });
}

export function listMaps(): Promise<StoreResult<{ maps: MapSummary[] }>> {
  return guarded(async () => {
    const list = (await store()('readonly', (objects) => promisifyRequest(objects.get(LIST_KEY)))) as
      MapSummary[] | undefined;
    return { ok: true, maps: [...(list ?? [])].sort((a, b) => b.updated - a.updated) };
  });
}

export function getMap(id: string): Promise<StoreResult<{ record: MapRecord }>> {
  return guarded(async () => {
    const value: unknown = await store()('readonly', (objects) =>
      promisifyRequest(objects.get(recordKey(id))),
    );
    if (value === undefined)
      return {
        ok: false,
        reason: 'unknown',
        message: 'this map is no longer in the browser (it was deleted, or the browser’s data was cleared)',
      };
    return migrateRecord(value);
  });
}

/** Saves a map, new or changed; `updated` is when it was written. */
export function putMap(record: MapRecord): Promise<StoreResult<{ record: MapRecord }>> {
  return guarded(async () => {
    const written = { ...record, storeVersion: STORE_VERSION, updated: Date.now() };
    await write(written);
    return { ok: true, record: written };
  });
}

export function renameMap(id: string, title: string): Promise<StoreResult<{ record: MapRecord }>> {
  return guarded(async () => {
    const found = await getMap(id);
    if (!found.ok) return found;
    const record = { ...found.record, title, file: retitled(found.record.file, title) };
    return putMap(record);
  });
}

/** A copy under a new id, titled "… (copy)". */
export function duplicateMap(id: string): Promise<StoreResult<{ record: MapRecord }>> {
  return guarded(async () => {
    const found = await getMap(id);
    if (!found.ok) return found;
    const title = `${found.record.title} (copy)`;
    const now = Date.now();
    return putMap({
      ...found.record,
      id: crypto.randomUUID(),
      title,
      created: now,
      updated: now,
      file: retitled(found.record.file, title),
    });
  });
}

/** Deletes a map and returns it, so the caller can offer to put it back. */
export function deleteMap(id: string): Promise<StoreResult<{ record: MapRecord }>> {
  return guarded(async () => {
    const found = await getMap(id);
    if (!found.ok) return found;
    await store()('readwrite', async (objects) => {
      const list = ((await promisifyRequest(objects.get(LIST_KEY))) as MapSummary[] | undefined) ?? [];
      objects.delete(recordKey(id));
      objects.put(
        list.filter((m) => m.id !== id),
        LIST_KEY,
      );
      await promisifyRequest(objects.transaction);
    });
    return { ok: true, record: found.record };
  });
}

/** Puts a deleted map back as it was. */
export function restoreMap(record: MapRecord): Promise<StoreResult> {
  return guarded(async () => {
    await write(record);
    return { ok: true };
  });
}

export async function getLastOpen(): Promise<LastOpen | null> {
  try {
    const value = (await store()('readonly', (objects) => promisifyRequest(objects.get(LAST_OPEN_KEY)))) as
      LastOpen | null | undefined;
    return value ?? null;
  } catch {
    return null;
  }
}

export async function setLastOpen(last: LastOpen | null): Promise<void> {
  try {
    await store()('readwrite', (objects) => promisifyRequest(objects.put(last, LAST_OPEN_KEY)));
  } catch {
    // Remembering the open map is a convenience: without storage the bundled map opens.
  }
}

/** The dataset file with its title changed, so the map opened again bears its new name. */
function retitled(file: string, title: string): string {
  try {
    const json = JSON.parse(file) as Record<string, unknown>;
    return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  } catch {
    return file;
  }
}
