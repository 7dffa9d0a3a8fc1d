import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveStatus } from '../../src/io/autosave';
import {
  deleteMap,
  duplicateMap,
  getLastOpen,
  getMap,
  listMaps,
  migrateRecord,
  putMap,
  renameMap,
  restoreMap,
  setLastOpen,
  storeFailure,
  type MapRecord,
} from '../../src/io/localMaps';

const record = (id: string, title: string): MapRecord => ({
  id,
  title,
  created: 1,
  updated: 1,
  storeVersion: 1,
  file: JSON.stringify({ format: 'leverage-map', version: 1, title }),
});

describe('my maps in the browser', () => {
  it('saves, lists newest first, renames, duplicates, deletes and puts back', async () => {
    expect(await putMap(record('a', 'First'))).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 5));
    await putMap(record('b', 'Second'));
    const listed = await listMaps();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.maps.map((m) => m.title).slice(0, 2)).toEqual(['Second', 'First']);

    await renameMap('a', 'Renamed');
    const renamed = await getMap('a');
    if (!renamed.ok) throw new Error(renamed.message);
    expect(renamed.record.title).toBe('Renamed');
    expect(JSON.parse(renamed.record.file)).toMatchObject({ title: 'Renamed' });

    const copy = await duplicateMap('a');
    if (!copy.ok) throw new Error(copy.message);
    expect(copy.record.title).toBe('Renamed (copy)');
    expect(copy.record.id).not.toBe('a');

    const deleted = await deleteMap('a');
    if (!deleted.ok) throw new Error(deleted.message);
    expect(await getMap('a')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no longer in the browser/) as string,
    });
    const after = await listMaps();
    expect(after.ok && after.maps.some((m) => m.id === 'a')).toBe(false);
    await restoreMap(deleted.record);
    expect(await getMap('a')).toMatchObject({ ok: true, record: { title: 'Renamed' } });
  });

  it('remembers which map was open', async () => {
    await setLastOpen({ kind: 'local', id: 'b' });
    expect(await getLastOpen()).toEqual({ kind: 'local', id: 'b' });
    await setLastOpen(null);
    expect(await getLastOpen()).toBeNull();
  });

  it('refuses a record from a newer version in words, and names a full store', () => {
    expect(migrateRecord({ ...record('x', 'X'), storeVersion: 9 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/newer version of Leverage Map/) as string,
    });
    expect(migrateRecord(null)).toMatchObject({ ok: false });
    expect(storeFailure(new DOMException('full', 'QuotaExceededError'))).toMatchObject({
      reason: 'quota',
      message: expect.stringMatching(/storage for this site is full\. Download the map/) as string,
    });
  });
});

describe('autosave', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the newest version once, soon after a burst of changes', async () => {
    vi.useFakeTimers();
    const written: number[] = [];
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave<number>(
      (v) => {
        written.push(v);
        return Promise.resolve({ ok: true });
      },
      300,
      (s) => statuses.push(s),
    );
    autosave.schedule(1);
    autosave.schedule(2);
    autosave.schedule(3);
    await vi.advanceTimersByTimeAsync(299);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(written).toEqual([3]);
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('reports a failed write and writes again on flush', async () => {
    let fail = true;
    const statuses: AutosaveStatus[] = [];
    const written: string[] = [];
    const autosave = createAutosave<string>(
      (v) => {
        if (fail) return Promise.resolve({ ok: false, message: 'storage is full' });
        written.push(v);
        return Promise.resolve({ ok: true });
      },
      300,
      (s) => statuses.push(s),
    );
    autosave.schedule('edit');
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ failed: 'storage is full' });
    fail = false;
    await autosave.flush();
    expect(written).toEqual(['edit']);
    expect(statuses.at(-1)).toBe('saved');
  });
});
