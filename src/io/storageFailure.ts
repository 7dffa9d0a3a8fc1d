/**
 * What went wrong when the browser would not keep or give back a map, as a reason the app
 * can branch on and a sentence the user can act on. Storage fails for ordinary reasons
 * (a full disk, private browsing, site data turned off), so it is a result, never a throw.
 */

export type StorageFailureReason =
  /** The browser's storage for this site is full. */
  | 'quota'
  /** IndexedDB is missing or refused: private browsing, site data blocked, an old browser. */
  | 'unavailable'
  /** No map with that id is stored (deleted, perhaps in another tab). */
  | 'missing'
  /** A stored record this version cannot read (damaged, or from a newer version). */
  | 'unreadable'
  | 'unknown';

export interface StorageFailure {
  ok: false;
  reason: StorageFailureReason;
  message: string;
}

/** A storage call's outcome: what it gives back, or why not. */
export type Stored<T extends object = object> = ({ ok: true } & T) | StorageFailure;

/** Whether the call was keeping something (so the user should download it) or reading. */
export type StorageAction = 'store' | 'read';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// Firefox's private mode refuses with InvalidStateError; blocked site data with SecurityError.
const UNAVAILABLE_NAMES = new Set(['InvalidStateError', 'SecurityError', 'NotAllowedError', 'UnknownError']);

export function storageFailure(error: unknown, action: StorageAction): StorageFailure {
  const name = error instanceof Error || isDomException(error) ? error.name : '';
  const keep =
    action === 'store'
      ? ' Download the map so nothing is lost.'
      : ' Maps you downloaded can still be opened.';
  if (QUOTA_NAMES.has(name))
    return {
      ok: false,
      reason: 'quota',
      message: `Your browser refused to store the map (its storage for this site is full).${keep} To free space, delete maps you no longer need in My maps, then “Delete for good” under Recently deleted.`,
    };
  if (typeof indexedDB === 'undefined' || UNAVAILABLE_NAMES.has(name))
    return {
      ok: false,
      reason: 'unavailable',
      message: `This browser is not letting Leverage Map keep maps (private browsing, or site data turned off).${keep}`,
    };
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    reason: 'unknown',
    message:
      action === 'store'
        ? `The map could not be stored in this browser (${reason}).${keep}`
        : `Your maps could not be read from this browser's storage (${reason}). Reload the page to try again.`,
  };
}

/** A DOMException from another realm (a worker, a test's fake IndexedDB) is not an Error here. */
function isDomException(error: unknown): error is { name: string } {
  return (
    typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
  );
}

export function missingMap(): StorageFailure {
  return {
    ok: false,
    reason: 'missing',
    message: 'That map is no longer stored in this browser; it may have been deleted in another tab.',
  };
}
