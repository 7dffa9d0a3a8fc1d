/**
 * Maps the user makes, kept in the browser's IndexedDB so they outlive a reload. Nothing here
 * throws: every call gives back what it read or wrote, or a failure with a sentence for the
 * user (storageFailure.ts), since a full disk or private browsing is not a bug.
 *
 * Each map is two entries, written and deleted together in one transaction:
 *   ['map', id]      the whole record, with its file (a self-contained dataset, maybe megabytes);
 *   ['summary', id]  its id, title and dates, a few bytes.
 * The list reads only the summaries, so it stays quick however big the maps are; and with no
 * shared index to read, change and write back, two tabs saving two maps cannot undo each
 * other's entries in the list.
 *
 * A deleted map is not gone at once: its two entries move to ['deleted', id] (the record and
 * the time of deletion) and ['deleted-summary', id] (the summary and that time). There
 * "Recently deleted" finds it and can restore it, after a reload too, for KEEP_DELETED_DAYS;
 * listing them forgets older ones.
 */
import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';
import { MapRecord, MapSummary, migrateRecord, newMapRecord, summaryOf } from './localMapRecord';
import { retitledJson } from './selfContained';
import { missingMap, storageFailure, type StorageAction, type Stored } from './storageFailure';

export type { MapRecord, MapSummary };
export { getLastOpen, setLastOpen, type LastOpen } from './lastOpen';

const mapKey = (id: string) => ['map', id];
const summaryKey = (id: string) => ['summary', id];
const deletedKey = (id: string) => ['deleted', id];
const deletedSummaryKey = (id: string) => ['deleted-summary', id];

/** How long a deleted map can still be restored. */
export const KEEP_DELETED_DAYS = 30;
const KEEP_DELETED_MS = KEEP_DELETED_DAYS * 24 * 60 * 60 * 1000;

/** A map in "Recently deleted": its summary and when it was deleted. */
export interface DeletedSummary extends MapSummary {
  deleted: number;
}

let store: UseStore | undefined;
/** Opened on first use: a page that never saves a map never touches IndexedDB. */
function maps(): UseStore {
  store ??= createStore('leverage-map', 'maps');
  return store;
}

/** Runs a storage call; whatever it throws or rejects with becomes a failure with a sentence. */
async function attempt<T extends object>(
  action: StorageAction,
  call: () => Promise<Stored<T>>,
): Promise<Stored<T>> {
  try {
    return await call();
  } catch (error) {
    return storageFailure(error, action);
  }
}

/** Every key whose first part is `kind`: ['summary'] < ['summary', any id] < ['summary', []]. */
const keysOf = (kind: string) => IDBKeyRange.bound([kind], [kind, []]);

/** Every stored map's summary, the most recently changed first. */
export function listMaps(): Promise<Stored<{ maps: MapSummary[] }>> {
  return attempt('read', async () => {
    const stored = await maps()('readonly', (s) => promisifyRequest(s.getAll(keysOf('summary'))));
    // A damaged entry is left out rather than hiding every other map.
    const summaries = stored.flatMap((value: unknown) => {
      const parsed = MapSummary.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
    summaries.sort((a, b) => b.updated - a.updated || b.created - a.created || a.id.localeCompare(b.id));
    return { ok: true, maps: summaries };
  });
}

export function getMap(id: string): Promise<Stored<{ record: MapRecord }>> {
  return attempt('read', async () => readable(await get(mapKey(id), maps())));
}

function readable(stored: unknown): Stored<{ record: MapRecord }> {
  if (stored === undefined) return missingMap();
  const migrated = migrateRecord(stored);
  return migrated.ok
    ? { ok: true, record: migrated.record }
    : { ok: false, reason: 'unreadable', message: migrated.message };
}

/**
 * Stores a map, new or changed, with `updated` set to now; a map stored before keeps the
 * date it was created, whatever the caller says (read from its summary, a few bytes, in the
 * same transaction). Gives back what was stored.
 */
export function putMap(record: MapRecord): Promise<Stored<{ record: MapRecord }>> {
  return attempt('store', () =>
    maps()('readwrite', async (s) => {
      const before = (await promisifyRequest(s.get(summaryKey(record.id)))) as
        Partial<MapSummary> | undefined;
      const created = typeof before?.created === 'number' ? before.created : record.created;
      const stored = { ...record, created, updated: Date.now() };
      putEntries(s, stored);
      await promisifyRequest(s.transaction);
      return { ok: true as const, record: stored };
    }),
  );
}

/** A map's two entries, its record and its summary, put in the transaction `s` belongs to. */
function putEntries(s: IDBObjectStore, record: MapRecord) {
  s.put(record, mapKey(record.id));
  s.put(summaryOf(record), summaryKey(record.id));
}

/**
 * Reads one entry and acts on it in the same transaction, so an autosave landing between
 * the read and the write cannot be overwritten by the older copy.
 */
function withEntry<T extends object>(
  key: IDBValidKey,
  step: (stored: unknown, store: IDBObjectStore) => Stored<T>,
): Promise<Stored<T>> {
  return maps()(
    'readwrite',
    (s) =>
      new Promise<Stored<T>>((resolve, reject) => {
        const request = s.get(key);
        request.onerror = () => reject(request.error ?? new Error('the map could not be read'));
        request.onsuccess = () => {
          try {
            const result = step(request.result, s);
            promisifyRequest(s.transaction).then(() => resolve(result), reject);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
      }),
  );
}

/** A map's record, read and acted on in one transaction (withEntry). */
function withRecord<T extends object>(
  id: string,
  step: (found: Stored<{ record: MapRecord }>, store: IDBObjectStore) => Stored<T>,
): Promise<Stored<T>> {
  return withEntry(mapKey(id), (stored, s) => step(readable(stored), s));
}

/** Gives a map another title, in the list and inside its file. The form checks it is not empty. */
export function renameMap(id: string, title: string): Promise<Stored<{ record: MapRecord }>> {
  return attempt('store', () =>
    withRecord(id, (found, s) => {
      if (!found.ok) return found;
      const record = found.record;
      const renamed = { ...record, title, file: retitledJson(record.file, title), updated: Date.now() };
      putEntries(s, renamed);
      return { ok: true, record: renamed };
    }),
  );
}

/** A copy under a new id, titled "… (copy)", created now. */
export async function duplicateMap(id: string): Promise<Stored<{ record: MapRecord }>> {
  const original = await getMap(id);
  if (!original.ok) return original;
  const { title, file, positions } = original.record;
  const copyTitle = `${title} (copy)`;
  const copy = newMapRecord({ title: copyTitle, file: retitledJson(file, copyTitle), positions });
  if (positions === undefined) delete copy.positions;
  return putMap(copy);
}

/**
 * Deletes a map and gives back what was deleted: it moves to "Recently deleted", from which
 * restoreMap brings it back. A stored copy that cannot be read is deleted for good, or it
 * would stay in the list for ever; its record is then null, as there is nothing to give back.
 */
export function deleteMap(id: string): Promise<Stored<{ record: MapRecord | null }>> {
  return attempt('store', () =>
    withRecord(id, (found, s) => {
      if (!found.ok && found.reason === 'missing') return found;
      s.delete(mapKey(id));
      s.delete(summaryKey(id));
      if (!found.ok) return { ok: true, record: null };
      const deleted = Date.now();
      s.put({ record: found.record, deleted }, deletedKey(id));
      s.put({ ...summaryOf(found.record), deleted }, deletedSummaryKey(id));
      return { ok: true, record: found.record };
    }),
  );
}

/**
 * The maps deleted in the last KEEP_DELETED_DAYS, the most recently deleted first; older ones
 * are forgotten here, in the same transaction.
 */
export function listDeleted(now = Date.now()): Promise<Stored<{ maps: DeletedSummary[] }>> {
  return attempt('read', () =>
    maps()('readwrite', async (s) => {
      const stored = (await promisifyRequest(s.getAll(keysOf('deleted-summary')))) as unknown[];
      const kept: DeletedSummary[] = [];
      for (const value of stored) {
        const parsed = MapSummary.safeParse(value);
        const deleted = (value as { deleted?: unknown }).deleted;
        if (!parsed.success || typeof deleted !== 'number') continue;
        if (now - deleted > KEEP_DELETED_MS) forget(s, parsed.data.id);
        else kept.push({ ...parsed.data, deleted });
      }
      await promisifyRequest(s.transaction);
      kept.sort((a, b) => b.deleted - a.deleted || a.id.localeCompare(b.id));
      return { ok: true as const, maps: kept };
    }),
  );
}

function forget(s: IDBObjectStore, id: string) {
  s.delete(deletedKey(id));
  s.delete(deletedSummaryKey(id));
}

/** Puts a deleted map back as it was, its dates too, so it returns to its place in the list. */
export function restoreMap(id: string): Promise<Stored<{ record: MapRecord }>> {
  return attempt('store', () =>
    withEntry(deletedKey(id), (stored, s) => {
      if (stored === undefined) return missingMap();
      const found = readable((stored as { record?: unknown }).record);
      if (found.ok) putEntries(s, found.record);
      forget(s, id);
      return found;
    }),
  );
}

/** Deletes a map in "Recently deleted" for good, freeing its space. */
export function forgetDeletedMap(id: string): Promise<Stored> {
  return attempt('store', () =>
    maps()('readwrite', (s) => {
      forget(s, id);
      return promisifyRequest(s.transaction).then(() => ({ ok: true as const }));
    }),
  );
}
