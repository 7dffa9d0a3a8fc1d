import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function convert(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/convert.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

interface Written {
  relations: { evidence: unknown[] }[];
  sources: { content?: string }[];
}
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Written;

describe('npm run convert', () => {
  it('writes the Belarus map as spreadsheets with the texts in sources/, and reads them back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lm-convert-'));
    const out = convert('graph-data/belarus/dataset.json', path.join(dir, 'belarus.csv'));
    expect(out.err).toBe('');
    expect(out.code).toBe(0);
    expect(out.out).toContain('not carried: 3 deal(s)');
    expect(readdirSync(dir).sort()).toEqual([
      'belarus.connections.csv',
      'belarus.elements.csv',
      'belarus.sources.csv',
      'sources',
    ]);
    // Named with "./", as a shell's completion writes it: the other sheets are still found.
    const relative = `./${path.relative('.', path.join(dir, 'belarus.elements.csv'))}`;
    const back = convert(relative, path.join(dir, 'back.json'));
    expect(back.err).toBe('');
    expect(back.code).toBe(0);
    const json = readJson(path.join(dir, 'back.json'));
    expect(json.relations).toHaveLength(182);
    expect(json.sources.every((s) => typeof s.content === 'string')).toBe(true);
  });

  it('names the sheets after the map when OUT is one of them, and validate finds them in the folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lm-convert-'));
    const out = convert('graph-data/belarus/dataset.json', path.join(dir, 'belarus.connections.csv'));
    expect(out.code).toBe(0);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual(['belarus.connections.csv', 'belarus.elements.csv', 'belarus.sources.csv']);
    const validate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], {
      encoding: 'utf8',
    });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    // One map, read from its connections sheet with the others beside it.
    expect(validate.stdout).toContain(
      `${path.join(dir, 'belarus.connections.csv')}: 83 actors, 182 relations`,
    );
    expect(validate.stdout.match(/ actors, /g)).toHaveLength(1);
  });

  it.each(['gexf', 'graphml'])('goes to %s and back with every relation and quote checked', (ext) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lm-convert-'));
    const out = convert('graph-data/belarus/dataset.json', path.join(dir, `belarus.${ext}`));
    expect(out.code).toBe(0);
    expect(readdirSync(path.join(dir, 'sources')).sort()).toEqual([
      'carnegie-2025-12-17.txt',
      'ecfr-belarus-thaw.txt',
    ]);
    const back = convert(path.join(dir, `belarus.${ext}`), path.join(dir, 'back.json'));
    expect(back.err).toBe('');
    expect(back.code).toBe(0);
    const json = readJson(path.join(dir, 'back.json'));
    expect(json.relations).toHaveLength(182);
    expect(json.relations.every((r) => r.evidence.length > 0)).toBe(true);
  });

  it('refuses to read a format it only writes, and an unknown extension, saying what it reads', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lm-convert-'));
    expect(convert('graph-data/belarus/dataset.json', path.join(dir, 'belarus.cyjs')).code).toBe(0);
    const back = convert(path.join(dir, 'belarus.cyjs'), path.join(dir, 'back.json'));
    expect(back.code).toBe(1);
    expect(back.err).toContain('is Cytoscape JSON, which Leverage Map writes but does not read');
    const unknown = convert('graph-data/belarus/dataset.json', path.join(dir, 'belarus.xlsx'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('cannot write this kind of file');
  });
});
