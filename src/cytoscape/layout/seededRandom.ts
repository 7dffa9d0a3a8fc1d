/** Layout jitter from a seed, so that the same dataset gives the same picture on every load. */
import { seededRandom } from '../../domain/seededRandom';

/** Runs with Math.random replaced by a seeded generator: fcose takes its randomness from there. */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
