import 'fake-indexeddb/auto';
import { clear, createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteMap,
  duplicateMap,
  forgetDeletedMap,
  listDeleted,
  getLastOpen,
  getMap,
  listMaps,
  putMap,
  renameMap,
  restoreMap,
  setLastOpen,
  type MapRecord,
} from '../../src/io/localMaps';
import { migrateRecord, newMapRecord, STORE_VERSION } from '../../src/io/localMapRecord';
import { storageFailure } from '../../src/io/storageFailure';

// The same database and store the module opens, through a handle of the test's own.
const raw = createStore('leverage-map', 'maps');
const T0 = Date.UTC(2025, 11, 17, 9, 0);

function fileTitled(title: string): string {
  return `${JSON.stringify({ format: 'leverage-map', version: 1, title, description: 'D' }, null, 2)}\n`;
}

function record(title: string, extra: Partial<MapRecord> = {}): MapRecord {
  return { ...newMapRecord({ title, file: fileTitled(title) }), ...extra };
}

/** The value, or the test fails with the failure's own sentence. */
function ok<T extends object>(result: ({ ok: true } & T) | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result;
}

beforeEach(async () => {
  // Only the clock: fake IndexedDB schedules its own work on setImmediate.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  await clear(raw);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('maps kept in the browser', () => {
  it('stores a map and gives it back whole, with "updated" set when stored', async () => {
    const map = record('Harbour', { positions: { avalon: { x: 1, y: 2 } }, updated: 0 });
    const stored = ok(await putMap(map)).record;
    expect(stored.updated).toBe(T0);
    expect(ok(await getMap(map.id)).record).toEqual({ ...map, updated: T0 });
  });

  it('lists summaries, the most recently changed first, without their files', async () => {
    const first = ok(await putMap(record('First'))).record;
    vi.setSystemTime(T0 + 1000);
    const second = ok(await putMap(record('Second'))).record;
    vi.setSystemTime(T0 + 2000);
    await putMap({ ...first, positions: { a: { x: 0, y: 0 } } });

    const { maps } = ok(await listMaps());
    expect(maps).toEqual([
      { id: first.id, title: 'First', created: first.created, updated: T0 + 2000 },
      { id: second.id, title: 'Second', created: second.created, updated: T0 + 1000 },
    ]);
  });

  it('leaves a damaged summary out of the list rather than failing it', async () => {
    const kept = ok(await putMap(record('Kept'))).record;
    await set(['summary', 'broken'], { title: 42 }, raw);
    expect(ok(await listMaps()).maps.map((m) => m.id)).toEqual([kept.id]);
  });

  it('renames a map in the list and inside its file', async () => {
    const map = ok(await putMap(record('Old name'))).record;
    vi.setSystemTime(T0 + 5000);
    const renamed = ok(await renameMap(map.id, 'New name')).record;
    expect(renamed).toMatchObject({ title: 'New name', updated: T0 + 5000, created: map.created });
    expect(JSON.parse(ok(await getMap(map.id)).record.file)).toMatchObject({ title: 'New name' });
    expect(ok(await listMaps()).maps[0]).toMatchObject({ id: map.id, title: 'New name' });
  });

  it('duplicates a map under a new id, titled "(copy)", leaving the original alone', async () => {
    const map = ok(await putMap(record('Harbour', { positions: { avalon: { x: 3, y: 4 } } }))).record;
    const copy = ok(await duplicateMap(map.id)).record;
    expect(copy.id).not.toBe(map.id);
    expect(copy).toMatchObject({ title: 'Harbour (copy)', positions: { avalon: { x: 3, y: 4 } } });
    expect(JSON.parse(copy.file)).toMatchObject({ title: 'Harbour (copy)' });
    expect(ok(await getMap(map.id)).record).toEqual(map);
    expect(ok(await listMaps()).maps).toHaveLength(2);
  });

  it('deletes a map, gives it back for an undo, and restores it to its place', async () => {
    const older = ok(await putMap(record('Older'))).record;
    vi.setSystemTime(T0 + 1000);
    const newer = ok(await putMap(record('Newer'))).record;
    vi.setSystemTime(T0 + 2000);
    await putMap(older);
    const before = ok(await listMaps()).maps;

    const deleted = ok(await deleteMap(older.id)).record;
    expect(deleted).toEqual({ ...older, updated: T0 + 2000 });
    expect(ok(await listMaps()).maps.map((m) => m.id)).toEqual([newer.id]);
    expect(await getMap(older.id)).toMatchObject({ ok: false, reason: 'missing' });

    vi.setSystemTime(T0 + 9000);
    ok(await restoreMap(older.id));
    expect(ok(await listMaps()).maps).toEqual(before);
    expect(ok(await getMap(older.id)).record).toEqual(deleted);
    expect(ok(await listDeleted()).maps).toEqual([]);
    expect(await restoreMap(older.id)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('keeps a deleted map in "Recently deleted" for 30 days, then forgets it', async () => {
    const first = ok(await putMap(record('First'))).record;
    const second = ok(await putMap(record('Second'))).record;
    await deleteMap(first.id);
    vi.setSystemTime(T0 + 60_000);
    await deleteMap(second.id);
    const binned = ok(await listDeleted()).maps;
    expect(binned.map((m) => [m.title, m.deleted])).toEqual([
      ['Second', T0 + 60_000],
      ['First', T0],
    ]);
    expect(ok(await listMaps()).maps).toEqual([]);

    const day = 24 * 60 * 60 * 1000;
    expect(ok(await listDeleted(T0 + 30 * day)).maps.map((m) => m.title)).toEqual(['Second', 'First']);
    // Listing after the 30 days forgets the first for good: it can no longer be restored.
    expect(ok(await listDeleted(T0 + 30 * day + 1)).maps.map((m) => m.title)).toEqual(['Second']);
    expect(await restoreMap(first.id)).toMatchObject({ ok: false, reason: 'missing' });
    ok(await restoreMap(second.id));
    expect(ok(await listMaps()).maps.map((m) => m.title)).toEqual(['Second']);
  });

  it('deletes a map in "Recently deleted" for good', async () => {
    const map = ok(await putMap(record('Gone'))).record;
    await deleteMap(map.id);
    ok(await forgetDeletedMap(map.id));
    expect(ok(await listDeleted()).maps).toEqual([]);
    expect(await restoreMap(map.id)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('says a map is missing when asked to rename, duplicate or delete one that is not stored', async () => {
    for (const result of [
      await renameMap('nope', 'x'),
      await duplicateMap('nope'),
      await deleteMap('nope'),
    ]) {
      expect(result).toMatchObject({
        ok: false,
        reason: 'missing',
        message: expect.stringContaining('no longer stored in this browser') as string,
      });
    }
  });

  it('remembers which map was open, local or bundled, and forgets it on null', async () => {
    expect(ok(await getLastOpen()).ref).toBeNull();
    ok(await setLastOpen({ kind: 'local', id: 'abc' }));
    expect(ok(await getLastOpen()).ref).toEqual({ kind: 'local', id: 'abc' });
    ok(await setLastOpen({ kind: 'bundled', name: 'belarus' }));
    expect(ok(await getLastOpen()).ref).toEqual({ kind: 'bundled', name: 'belarus' });
    ok(await setLastOpen(null));
    expect(ok(await getLastOpen()).ref).toBeNull();
    await set('last-open', { kind: 'elsewhere' }, raw);
    expect(ok(await getLastOpen()).ref).toBeNull();
  });
});

describe('a record from another version of the app', () => {
  it('passes a current record through unchanged', () => {
    const map = record('Now');
    expect(migrateRecord(structuredClone(map))).toEqual({ ok: true, record: map });
  });

  it('refuses a record from a newer version with a sentence, not a crash', async () => {
    const future = { ...record('Future'), storeVersion: STORE_VERSION + 1, layers: ['new'] };
    expect(migrateRecord(future)).toEqual({
      ok: false,
      message: expect.stringContaining(
        `saved by a newer version of Leverage Map (store version ${STORE_VERSION + 1}`,
      ) as string,
    });
    await set(['map', future.id], future, raw);
    expect(await getMap(future.id)).toMatchObject({ ok: false, reason: 'unreadable' });
    // It can still be deleted, or it would stay in the list for good.
    expect(await deleteMap(future.id)).toEqual({ ok: true, record: null });
  });

  it.each([
    ['not an object', 'a string'],
    ['no version', { id: 'x' }],
    ['a version never written', { storeVersion: 0 }],
    ['a damaged field', { ...newMapRecord({ title: 'T', file: '{}' }), file: 7 }],
  ])('refuses %s as unreadable', (_, stored) => {
    expect(migrateRecord(stored)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This map's stored copy cannot be read \(.+\)\./) as string,
    });
  });
});

describe('when the browser will not store', () => {
  it('reports a full disk as "quota", with a sentence that says to download the map', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    const map = record('Too big');
    expect(await putMap(map)).toEqual({
      ok: false,
      reason: 'quota',
      message:
        'Your browser refused to store the map (its storage for this site is full). Download the map so nothing is lost. To free space, delete maps you no longer need in My maps, then “Delete for good” under Recently deleted.',
    });
    vi.restoreAllMocks();
    expect(await getMap(map.id)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('reports private browsing or blocked storage as "unavailable"', () => {
    const refused = new DOMException('A mutation operation was attempted…', 'InvalidStateError');
    expect(storageFailure(refused, 'store')).toEqual({
      ok: false,
      reason: 'unavailable',
      message:
        'This browser is not letting Leverage Map keep maps (private browsing, or site data turned off). Download the map so nothing is lost.',
    });
    vi.stubGlobal('indexedDB', undefined);
    try {
      expect(storageFailure(new ReferenceError('indexedDB is not defined'), 'read')).toMatchObject({
        reason: 'unavailable',
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('names the cause of any other failure', () => {
    expect(storageFailure(new Error('disk on fire'), 'store')).toEqual({
      ok: false,
      reason: 'unknown',
      message:
        'The map could not be stored in this browser (disk on fire). Download the map so nothing is lost.',
    });
  });
});

describe('saving a map again', () => {
  it('keeps the date it was first stored, whatever the caller says', async () => {
    const first = newMapRecord({ title: 'Kept', file: '{}' }, 1000);
    const stored = await putMap(first);
    if (!stored.ok) throw new Error(stored.message);
    const again = await putMap({ ...first, created: 99_999, title: 'Kept, edited' });
    if (!again.ok) throw new Error(again.message);
    expect(again.record.created).toBe(1000);
    const read = await getMap(first.id);
    expect(read.ok && read.record).toMatchObject({ title: 'Kept, edited', created: 1000 });
  });
});
