/**
 * What a map made in the browser is stored as (see localMaps.ts), and how a record written by
 * an earlier version of the app is brought up to this one. The record carries its own
 * storeVersion, apart from the dataset format's version: the way we keep maps in the browser
 * can change without the file format changing, and the other way round.
 */
import * as z from 'zod/mini';
import { Position } from '../domain/schema';

export const STORE_VERSION = 1;

export const MapRecord = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  /** Milliseconds since 1970, as Date.now() gives them. */
  created: z.number(),
  updated: z.number(),
  storeVersion: z.literal(STORE_VERSION),
  /** The map as one self-contained dataset file (selfContained.ts). */
  file: z.string(),
  /** Where its actors stand, by actor id. */
  positions: z.optional(z.record(z.string(), Position)),
});
export type MapRecord = z.infer<typeof MapRecord>;

/** What the list of maps shows; stored on its own so listing never reads the maps' files. */
export const MapSummary = z.object({
  id: z.string(),
  title: z.string(),
  created: z.number(),
  updated: z.number(),
});
export type MapSummary = z.infer<typeof MapSummary>;

export function summaryOf(record: MapRecord): MapSummary & { storeVersion: number } {
  const { id, title, created, updated, storeVersion } = record;
  return { id, title, created, updated, storeVersion };
}

export type Migrated = { ok: true; record: MapRecord } | { ok: false; message: string };

/**
 * A stored record as this version's record, or a sentence saying why it cannot be. Each
 * older version is stepped up one version at a time, so a v1 record passes every step.
 */
export function migrateRecord(stored: unknown): Migrated {
  if (typeof stored !== 'object' || stored === null || !('storeVersion' in stored))
    return unreadable('it is not a map record');
  const version = stored.storeVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return unreadable(`its store version ${JSON.stringify(version)} is not one Leverage Map ever wrote`);
  if (version > STORE_VERSION)
    return {
      ok: false,
      message: `This map was saved by a newer version of Leverage Map (store version ${version}; this one reads up to ${STORE_VERSION}). Reload the page to get the newer version, then open it again.`,
    };
  // Steps for later versions go here, oldest first, e.g.
  //   if (version === 1) record = fromV1(record), version = 2;
  // each a pure function from one version's record to the next's.
  const parsed = MapRecord.safeParse(stored);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return unreadable(first ? `${first.path.join('.') || 'the record'}: ${first.message}` : 'it is damaged');
  }
  return { ok: true, record: parsed.data };
}

function unreadable(reason: string): Migrated {
  return {
    ok: false,
    message: `This map's stored copy cannot be read (${reason}). If you downloaded it, open the downloaded file instead.`,
  };
}

/** A record for a map not yet stored: a new random id, created and updated now. */
export function newMapRecord(
  map: { title: string; file: string; positions?: MapRecord['positions'] },
  now = Date.now(),
): MapRecord {
  return { id: crypto.randomUUID(), created: now, updated: now, storeVersion: STORE_VERSION, ...map };
}
