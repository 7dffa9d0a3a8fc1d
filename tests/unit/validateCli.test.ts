import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Fixture {
  $schema?: string;
  sources: { text: string }[];
  relations: Record<string, unknown>[];
}

/** A copy of the valid fixture in a folder of its own, changed by `change`; returns its path. */
function datasetCopy(change: (dataset: Fixture) => void, prefix = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lm-validate-'));
  cpSync('tests/fixtures/sources', path.join(dir, 'sources'), { recursive: true });
  const dataset = JSON.parse(readFileSync('tests/fixtures/minimal.valid.json', 'utf8')) as Fixture;
  delete dataset.$schema;
  change(dataset);
  const file = path.join(dir, 'dataset.json');
  writeFileSync(file, prefix + JSON.stringify(dataset));
  return file;
}

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

  it('never reads a source text outside the dataset folder', () => {
    for (const text of ['../../../../../../etc/passwd', '/etc/hostname']) {
      const file = datasetCopy((d) => {
        d.sources[0]!.text = text;
      });
      const run = validate(file);
      expect(run.code).toBe(1);
      expect(run.err).toContain(`${file}: sources[0].text: "${text}" is outside the dataset's folder`);
      expect(run.out + run.err).not.toMatch(/root:|nearest passage/);
    }
  });

  it('warns of a relation with no evidence yet, and refuses it with --strict', () => {
    const file = datasetCopy((d) => {
      d.relations[0]!.evidence = [];
    });
    const lenient = validate(file);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toMatch(
      /warning: .*relations\[0\]\.evidence: relation "[a-z-]+" has no evidence yet/,
    );
    expect(lenient.out).toContain('valid: 1 warning(s)');
    const strict = validate('--strict', file);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/error: .*relations\[0\]\.evidence: relation "[a-z-]+" has no evidence yet/);
    expect(strict.out).toContain('invalid: 1 error(s), 0 warning(s)');
  });

  it('accepts a file that starts with a byte-order mark, as the app does', () => {
    const run = validate(datasetCopy(() => undefined, '\uFEFF'));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });

  it('accepts a self-contained file, its texts embedded and no text files beside it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lm-validate-'));
    const dataset = JSON.parse(readFileSync('tests/fixtures/minimal.valid.json', 'utf8')) as Fixture;
    delete dataset.$schema;
    const embedded = dataset.sources.map(({ text, ...source }) => ({
      ...source,
      content: readFileSync(path.join('tests/fixtures', text), 'utf8'),
    }));
    const file = path.join(dir, 'map.json');
    writeFileSync(file, JSON.stringify({ ...dataset, sources: embedded }, null, 2));
    const run = validate(file);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('7 of 7 quotes verified');
  });

  it('lists the first 1,000 issues and counts the rest, or all of them with --all', () => {
    const file = datasetCopy((d) => {
      const template = d.relations[0];
      d.relations = Array.from({ length: 1500 }, (_, i) => ({ ...template, id: `r${i}`, target: 'nobody' }));
    });
    const capped = validate(file);
    expect(capped.code).toBe(1);
    const [, errors, warnings] = /invalid: (\d+) error\(s\), (\d+) warning\(s\)/.exec(capped.out) ?? [];
    const total = Number(errors) + Number(warnings);
    expect(total).toBeGreaterThan(1500);
    expect(capped.err.match(/^(error|warning): /gm)).toHaveLength(1000);
    expect(capped.err).toContain(
      `…and ${total - 1000} more issue(s) in ${file}; run with --all to list them all`,
    );
    const all = validate('--all', file);
    expect(all.err.match(/^(error|warning): /gm)).toHaveLength(total);
    expect(all.err).not.toContain('more issue(s)');
  });
});
