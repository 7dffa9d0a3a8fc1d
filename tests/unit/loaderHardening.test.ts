/** Named regressions from the hardening issue: each input that once crashed, hung or leaked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult, type TextReader } from '../../src/io/loadDataset';
import { decodeUtf8 } from '../../src/io/decode';
import { insideFolder } from '../../src/io/paths';
import { isolated } from '../../src/domain/format';

const VALID_TEXT = readFileSync('tests/fixtures/minimal.valid.json', 'utf8');
const VALID = JSON.parse(VALID_TEXT) as {
  sources: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
};
const HARBOUR = readFileSync('tests/fixtures/sources/harbour.txt', 'utf8');
const readText: TextReader = (p) => Promise.resolve(p === 'sources/harbour.txt' ? HARBOUR : undefined);
const utf8 = (text: string) => new TextEncoder().encode(text);

function load(content: unknown, reader: TextReader = readText): Promise<LoadResult> {
  return loadDataset({ file: 'x.json', content, readText: reader });
}

/** The message of the issue at `path` with `severity`, or undefined. */
function messageAt(result: LoadResult, path: string, severity = 'error'): string | undefined {
  return result.issues.find((i) => i.path === path && i.severity === severity)?.message;
}

/** The valid fixture with one change made to a deep copy. */
function withChange(change: (d: typeof VALID) => void): typeof VALID {
  const copy = structuredClone(VALID);
  change(copy);
  return copy;
}

describe('encodings', () => {
  it('accepts a dataset file and a source text that start with a byte-order mark', async () => {
    const result = await load(utf8(`\uFEFF${VALID_TEXT}`), (p) =>
      Promise.resolve(p === 'sources/harbour.txt' ? utf8(`\uFEFF${HARBOUR}`) : undefined),
    );
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.ok && result.texts['harbour-notes']?.startsWith('\uFEFF')).toBe(false);
  });

  it('reports a dataset file that is not UTF-8 with the byte offset', async () => {
    const bytes = utf8(VALID_TEXT);
    const broken = new Uint8Array([...bytes.slice(0, 100), 0xff, ...bytes.slice(100)]);
    const result = await load(broken);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(messageAt(result, '')).toContain('not valid UTF-8 (the byte at offset 100 is not UTF-8)');
  });

  it('reports a source text that is not UTF-8 under the source, never as U+FFFD in a quote', async () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(HARBOUR)]);
    const result = await load(VALID_TEXT, () => Promise.resolve(latin1));
    expect(messageAt(result, 'sources[0].text')).toContain(
      '"sources/harbour.txt" is not valid UTF-8 (the byte at offset 3 ',
    );
  });

  it('finds the bad byte after a genuine U+FFFD', () => {
    const bytes = new Uint8Array([...utf8('a\uFFFDb'), 0xc3, 0x28]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, byteOffset: 5 });
  });

  it('places truncated JSON at the end of the file', async () => {
    const result = await load(VALID_TEXT.slice(0, 200));
    const lines = VALID_TEXT.slice(0, 200).split('\n');
    expect(result.issues[0]?.message).toContain(
      `at line ${lines.length}, column ${lines.at(-1)!.length + 1} (the end of the file: is it cut short?)`,
    );
  });

  it('warns on control characters and bidirectional overrides, naming the field', async () => {
    const result = await load(
      withChange((d) => {
        d.actors[0]!.label = 'Ava\u0000lon';
        d.actors[1]!.label = 'Bright\u202Eland';
      }),
    );
    expect(result.ok).toBe(true);
    expect(messageAt(result, 'actors[0].label', 'warning')).toContain(
      'control character U+0000 at character 4',
    );
    expect(messageAt(result, 'actors[1].label', 'warning')).toContain('bidirectional control U+202E');
  });
});

describe('where source texts may come from', () => {
  it.each([
    '../../../../etc/passwd',
    '/etc/hostname',
    'C:\\Windows\\win.ini',
    'sources/../../x.txt',
    'file:///etc/passwd',
  ])('refuses "%s" without reading it', async (text) => {
    const asked: string[] = [];
    const result = await load(
      withChange((d) => {
        d.sources[0]!.text = text;
      }),
      (p) => {
        asked.push(p);
        return Promise.resolve('root:x:0:0');
      },
    );
    expect(asked).toEqual([]);
    expect(messageAt(result, 'sources[0].text')).toContain("is outside the dataset's folder");
  });

  it('normalises a path that stays inside', () => {
    expect(insideFolder('./sources/../sources/a.txt')).toBe('sources/a.txt');
    expect(insideFolder('sources\\a.txt')).toBe('sources/a.txt');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:msgbox'])(
    'refuses a source url "%s"',
    async (url) => {
      const result = await load(
        withChange((d) => {
          d.sources[0]!.url = url;
        }),
      );
      expect(result.ok).toBe(false);
      expect(result.issues).toContainEqual(
        expect.objectContaining({
          path: 'sources[0].url',
          message: 'must be an http:// or https:// address',
        }),
      );
    },
  );
});

describe('big inputs stay linear', () => {
  // Generous limits: they fail a quadratic check (tens of seconds), not a slow machine.
  it('reports 130,000 issues without overflowing the stack', async () => {
    const result = await load(
      withChange((d) => {
        const quote = (d.relations[0]!.evidence as { quote: string }[])[0]!;
        d.relations = Array.from({ length: 130_000 }, (_, i) => ({
          ...d.relations[0],
          id: `r${i}`,
          evidence: [{ ...quote, source: 'nowhere' }],
        }));
      }),
    );
    expect(result.issues.length).toBeGreaterThanOrEqual(130_000);
    expect(result.issues[0]?.message).toMatch(
      /^cites unknown source "nowhere"; known sources: harbour-notes$/,
    );
  }, 60_000);

  it('checks 40,000 unused actors and a 40,000-deep chain of parents in seconds', async () => {
    const started = performance.now();
    const result = await load(
      withChange((d) => {
        for (let i = 0; i < 40_000; i++)
          d.actors.push({
            id: `a${i}`,
            label: `A ${i}`,
            type: 'group',
            description: 'A group.',
            parent: i > 0 ? `a${i - 1}` : undefined,
          });
        for (let i = 0; i < 40_000; i++)
          d.actors.push({ id: `u${i}`, label: `U ${i}`, type: 'group', description: 'A group.' });
      }),
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    const unused = result.issues.filter((i) => i.message.includes('takes part in no relation'));
    // A parent counts as in use; the chain's last member and the 40,000 loose actors are not.
    expect(unused).toHaveLength(40_001);
  }, 60_000);

  it('reports each actor on a cycle of parents once, in a short message', async () => {
    const result = await load(
      withChange((d) => {
        for (let i = 0; i < 20; i++)
          d.actors.push({
            id: `c${i}`,
            label: `C ${i}`,
            type: 'group',
            description: 'A group.',
            parent: `c${(i + 1) % 20}`,
          });
      }),
    );
    const cycles = result.issues.filter((i) => i.message.startsWith('parents form a cycle'));
    expect(cycles).toHaveLength(20);
    expect(cycles[0]?.message).toBe('parents form a cycle: c0 → c1 → c2 → c3 → … (20 actors) → c0; break it');
  });
});

describe('right-to-left text in our sentences', () => {
  it('is isolated when it holds a bidi control or right-to-left script, and left alone otherwise', () => {
    expect(isolated('Belarus')).toBe('Belarus');
    expect(isolated('Bel\u202Earus')).toBe('\u2068Bel\u202Earus\u2069');
    expect(isolated('ישראל')).toBe('\u2068ישראל\u2069');
  });
});
