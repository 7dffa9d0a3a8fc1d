/**
 * Every package that ships in the app must be MIT-compatible: the lock file records each
 * package's licence, and those not marked dev (or optional build tools) reach the bundle.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'Unlicense',
  'CC0-1.0',
  // The Blue Oak Model License: permissive like MIT (use, change, share, with the notice kept).
  // graceful-fs has it, under read-excel-file's Node.js entry; the app's bundle does not use it.
  'BlueOak-1.0.0',
]);

interface LockEntry {
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
}

describe('runtime dependencies', () => {
  it('are all under MIT-compatible licences', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, LockEntry>;
    };
    const shipped = Object.entries(lock.packages).filter(
      ([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional,
    );
    expect(shipped.length).toBeGreaterThan(5);
    const refused = shipped
      .filter(([, entry]) => !(entry.license ?? '').split(/\s+OR\s+|[()]/).some((l) => ALLOWED.has(l.trim())))
      .map(
        ([path, entry]) => `${path.replace(/^node_modules\//, '')}: ${entry.license ?? 'no licence given'}`,
      );
    expect(refused).toEqual([]);
  });
});
