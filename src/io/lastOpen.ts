/**
 * Which map was open when the page was left, so a reload opens it again. Read at every
 * start, so it stays small: idb-keyval and a plain check, none of the record schemas of
 * localMaps.ts (those come with the zod schema and load only when a map is saved or opened),
 * and the wording of a failure only when storage fails.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { StorageAction, StorageFailure, Stored } from './storageFailure';

export type LastOpen = { kind: 'local'; id: string } | { kind: 'bundled'; name: string } | null;

const LAST_OPEN_KEY = 'last-open';

let store: UseStore | undefined;
/** The same database and object store as the maps (localMaps.ts), opened on first use. */
function maps(): UseStore {
  store ??= createStore('leverage-map', 'maps');
  return store;
}

function asLastOpen(value: unknown): LastOpen {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, id, name } = value as { kind?: unknown; id?: unknown; name?: unknown };
  if (kind === 'local' && typeof id === 'string') return { kind, id };
  if (kind === 'bundled' && typeof name === 'string') return { kind, name };
  return null;
}

/** The map open when the page was left; null when none was, or the entry is damaged. */
export async function getLastOpen(): Promise<Stored<{ ref: LastOpen }>> {
  try {
    return { ok: true, ref: asLastOpen(await get(LAST_OPEN_KEY, maps())) };
  } catch (error) {
    return failure(error, 'read');
  }
}

export async function setLastOpen(ref: LastOpen): Promise<Stored> {
  try {
    await (ref === null ? del(LAST_OPEN_KEY, maps()) : set(LAST_OPEN_KEY, ref, maps()));
    return { ok: true };
  } catch (error) {
    return failure(error, 'store');
  }
}

/** Why storage failed, in words (storageFailure.ts); never rejects, even if that code cannot load. */
async function failure(error: unknown, action: StorageAction): Promise<StorageFailure> {
  try {
    return (await import('./storageFailure')).storageFailure(error, action);
  } catch {
    const message = `The browser's storage could not be used (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
    return { ok: false, reason: 'unknown', message };
  }
}
