import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run validate', () => {
  it('accepts the valid fixture and prints coverage', () => {
    const run = validate('tests/fixtures/minimal.valid.json');
    expect(run.code).toBe(0);
    expect(run.out).toContain('4 actors, 4 relations, 1 deals');
    expect(run.out).toContain('7 of 7 quotes verified');
    expect(run.out).toContain('relations per source: harbour-notes 4');
  });

  it('rejects a malformed file with its name and place, and no stack trace', () => {
    const run = validate('tests/fixtures/malformed.invalid.json');
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'error: tests/fixtures/malformed.invalid.json: not valid JSON at line 4, column 3',
    );
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('names a path that does not exist', () => {
    const run = validate('graph-data/nowhere');
    expect(run.code).toBe(1);
    expect(run.err).toContain('graph-data/nowhere: no such file or folder');
  });
});
