import 'fake-indexeddb/auto';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveOutcome, type SaveStatus } from '../../src/io/autosave';
import { newMapRecord } from '../../src/io/localMapRecord';
import { getMap, putMap } from '../../src/io/localMaps';

const QUOTA: SaveOutcome = { ok: false, message: 'Your browser refused to store the map.' };

/** A write that records what it was given and answers as told. */
function recorder(answer: () => Promise<SaveOutcome> = () => Promise.resolve({ ok: true })) {
  const written: string[] = [];
  const write = vi.fn((record: string) => {
    written.push(record);
    return answer();
  });
  return { written, write };
}

function statusLog() {
  const statuses: SaveStatus[] = [];
  return { statuses, onStatus: (status: SaveStatus) => statuses.push(status) };
}

beforeEach(() => {
  // Timers only: fake IndexedDB schedules its own work on setImmediate, which must run.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('stores a change in IndexedDB within half a second', async () => {
    await clear(createStore('leverage-map', 'maps'));
    const { statuses, onStatus } = statusLog();
    const autosave = createAutosave(putMap, 300, onStatus);
    const map = newMapRecord({ title: 'Harbour', file: '{}' });
    autosave.schedule(map);
    expect(await getMap(map.id)).toMatchObject({ ok: false, reason: 'missing' });

    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(() => expect(statuses).toEqual(['saving', 'saved']));
    expect(await getMap(map.id)).toMatchObject({ ok: true, record: { title: 'Harbour' } });
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it('writes a burst of changes once, as the newest of them', async () => {
    const { written, write } = recorder();
    const autosave = createAutosave(write);
    autosave.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    autosave.schedule('b');
    await vi.advanceTimersByTimeAsync(100);
    autosave.schedule('c');
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual(['c']);
  });

  it('keeps saving during a long drag instead of waiting for it to stop', async () => {
    const { written, write } = recorder();
    const autosave = createAutosave(write, 300);
    for (let frame = 0; frame < 60; frame++) {
      autosave.schedule(`frame ${frame}`);
      await vi.advanceTimersByTimeAsync(16);
    }
    // 60 frames of 16 ms is 960 ms: three writes, each of the newest frame at the time.
    expect(written).toEqual(['frame 18', 'frame 37', 'frame 56']);
  });

  it('never writes two at once, and writes in order', async () => {
    let finish: (outcome: SaveOutcome) => void = () => undefined;
    const { written, write } = recorder(() => new Promise((resolve) => (finish = resolve)));
    const autosave = createAutosave(write, 300);
    autosave.schedule('first');
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule('second');
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(['first']);
    finish({ ok: true });
    await vi.waitFor(() => expect(written).toEqual(['first', 'second']));
    finish({ ok: true });
    expect(await autosave.flush()).toEqual({ ok: true });
  });

  it('reports a failed write, keeps the record, and writes it again on flush', async () => {
    let answer: SaveOutcome = QUOTA;
    const { written, write } = recorder(() => Promise.resolve(answer));
    const { statuses, onStatus } = statusLog();
    const autosave = createAutosave(write, 300, onStatus);
    autosave.schedule('map');
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(() => expect(statuses).toEqual(['saving', { failed: QUOTA.message }]));
    expect(autosave.hasUnsaved()).toBe(true);

    answer = { ok: true };
    expect(await autosave.flush()).toEqual({ ok: true });
    expect(written).toEqual(['map', 'map']);
    expect(statuses.at(-1)).toBe('saved');
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it('turns a write that rejects into a failure with a sentence', async () => {
    const { write } = recorder(() => Promise.reject(new Error('the disk is gone')));
    const { statuses, onStatus } = statusLog();
    const autosave = createAutosave(write, 300, onStatus);
    autosave.schedule('map');
    expect(await autosave.flush()).toEqual({
      ok: false,
      message: 'The map could not be saved (the disk is gone). Download it so nothing is lost.',
    });
    expect(statuses.at(-1)).toEqual({ failed: expect.stringContaining('the disk is gone') as string });
  });

  it('after a failure, retries with the newest record scheduled, not the failed one', async () => {
    let answer: SaveOutcome = QUOTA;
    const { written, write } = recorder(() => Promise.resolve(answer));
    const autosave = createAutosave(write, 300);
    autosave.schedule('old');
    expect(await autosave.flush()).toEqual(QUOTA);
    answer = { ok: true };
    autosave.schedule('new');
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual(['old', 'new']);
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it('does nothing on flush when nothing is scheduled', async () => {
    const { write } = recorder();
    expect(await createAutosave(write).flush()).toEqual({ ok: true });
    expect(write).not.toHaveBeenCalled();
  });
});
