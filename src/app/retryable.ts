import { isChunkFailure } from '../io/chunkFailure';

/**
 * A dynamic import that can be tried again. The promise is kept once it succeeds, and
 * dropped when it fails, so the next call fetches the chunk anew instead of handing back
 * the old rejection (a chunk can fail on a flaky connection or after a redeploy).
 */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}

/** A failure said for a person: a chunk that did not arrive is a connection problem, not a bug. */
export function describeFailure(error: unknown): string {
  return isChunkFailure(error)
    ? 'its code could not be loaded; check your connection and try again'
    : `${error instanceof Error ? error.message : String(error)}; try again, or reload the page`;
}
