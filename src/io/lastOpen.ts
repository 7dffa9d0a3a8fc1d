/**
 * Which map was open when the page was left, so a reload opens it again. Read at every
 * start, so it stays small: idb-keyval and a plain check, none of the record schemas of
 * localMaps.ts (those come with the zod schema and load only when a map is saved or opened).
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { storageFailure, type Stored } from './storageFailure';

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
    return storageFailure(error, 'read');
  }
}

export async function setLastOpen(ref: LastOpen): Promise<Stored> {
  try {
    await (ref === null ? del(LAST_OPEN_KEY, maps()) : set(LAST_OPEN_KEY, ref, maps()));
    return { ok: true };
  } catch (error) {
    return storageFailure(error, 'store');
  }
}
