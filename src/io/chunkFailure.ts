/**
 * Whether an error is a part of the app's code that did not arrive (a dynamic import that
 * failed on a flaky connection or after a redeploy): a connection problem, not a bug.
 */
export function isChunkFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|module script|Failed to fetch|NetworkError/i.test(message);
}
