import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/loadDataset';
import { RELATION_TYPE_IDS } from '../../src/domain/relationTypes';
import { FIXTURES, loadFixture } from '../helpers/loadFixture';
import { tinyDataset } from '../helpers/tinyIndex';

/** Each invalid fixture and the one issue it must produce, exactly. */
const EXPECTED: Record<string, { path: string; message: string }> = {
  'quote-not-found': {
    path: 'relations[2].evidence[0].quote',
    message:
      'not found in source "harbour-notes"; it parts from the source after " weeks later Avalon released f": the quote has "ive detained sailors", the source "our detained sailors"; nearest passage: "Two weeks later Avalon released four detained sailors."',
  },
  'straight-apostrophe': {
    path: 'relations[1].evidence[0].quote',
    message:
      'not found in source "harbour-notes"; it differs only in quotation marks, apostrophes or dashes: copy them from the source (it uses ’ “ ” —); nearest passage: "Brightland’s trade ministry called the closure unlawful."',
  },
  'unknown-actor': {
    path: 'relations[0].target',
    message: 'target actor "brightlandia" is not an actor in this dataset; add the actor or fix the id',
  },
  'duplicate-id': {
    path: 'actors[3].id',
    message: 'duplicate id "avalon", already used at actors[0].id; give one of them another id',
  },
  'unknown-relation-type': {
    path: 'relations[0].type',
    message: `"embargo" is not a relation type; use one of: ${RELATION_TYPE_IDS.join(', ')}`,
  },
  'unknown-source': {
    path: 'relations[0].evidence[0].source',
    message: 'cites unknown source "harbour-news"; known sources: harbour-notes',
  },
  'missing-text': {
    path: 'sources[0].text',
    message:
      'cannot read "sources/missing.txt" (relative to the dataset file); put the source\'s verbatim text there or fix the path',
  },
  'impossible-date': { path: 'sources[0].published', message: 'is not a real calendar date' },
  'wrong-type': { path: 'actors[0].label', message: 'must be a string, not number 42' },
  'deal-unknown-relation': {
    path: 'deals[0].relations[1]',
    message: '"brightland-lifts-embargo" is not a relation in this dataset; deals link relations by id',
  },
  'story-unknown-element': {
    path: 'stories[0].slides[1].highlight[0]',
    message: '"sailors-for-fishes" is not an actor, relation or deal in this dataset',
  },
  'story-path-unknown-actor': {
    path: 'stories[0].slides[1].path.from',
    message: 'path start "brightlandia" is not an actor in this dataset; add the actor or fix the id',
  },
  'story-path-missing': {
    path: 'stories[0].slides[1].path.index',
    message: 'there is 1 leverage path from Brightland to Detained sailors; use index 0, not 1',
  },
  'attributed-without-actors': {
    path: 'relations[1].attributedTo',
    message: 'stance is "attributed": name the actors who make the claim in attributedTo',
  },
  'unknown-parent': {
    path: 'actors[2].parent',
    message: 'parent "brightland-navy" is not an actor in this dataset; add the actor or fix the id',
  },
  'figure-source-not-quoted': {
    path: 'relations[2].figures[0].source',
    message:
      'figure cites "other-notes", which this relation\'s evidence does not quote; add a quote from it',
  },
  'missing-evidence': { path: 'relations[0].evidence', message: 'is required (array); add it' },
  'future-version': { path: 'version', message: 'must be 1, the only version of the format so far' },
  malformed: {
    path: '',
    message:
      "not valid JSON at line 4, column 3: Expected ',' or '}' after property value; fix the syntax (a missing comma or quote is the usual cause)",
  },
  empty: { path: '', message: 'the file is empty; a dataset is a JSON object with "format": "leverage-map"' },
};

describe('loading the valid fixture', () => {
  it('loads with no issues and locates every quote', async () => {
    const result = await loadFixture('minimal.valid.json');
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('expected the fixture to load');
    expect(result.dataset.relations).toHaveLength(4);
    expect(result.spans).toHaveLength(7);
    const text = result.texts['harbour-notes'] ?? '';
    for (const span of result.spans) {
      expect(span.end).toBeGreaterThan(span.start);
      expect(text.slice(span.start, span.end).length).toBeGreaterThan(0);
    }
    const closure = result.spans.find((s) => s.elementId === 'avalon-closes-harbour');
    expect(closure && text.slice(closure.start, closure.end)).toBe(
      'The Republic of Avalon closed its harbour to ships from Brightland on 3 March 2024, citing “security concerns”.',
    );
  });

  it('fills defaults so the app never meets a missing list', async () => {
    const result = await loadFixture('minimal.valid.json');
    if (!result.ok) throw new Error('expected the fixture to load');
    expect(result.dataset.actors.find((a) => a.id === 'brightland')?.aliases).toEqual([]);
    expect(result.dataset.relations[0]?.stance).toBe('asserted');
  });
});

describe('every invalid fixture is rejected with its file, path and message', () => {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.invalid.json'))
    .map((f) => f.replace('.invalid.json', ''));

  it('has an expectation for each invalid fixture on disk', () => {
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (name, expected) => {
    const file = path.join(FIXTURES, `${name}.invalid.json`);
    const result = await loadFixture(`${name}.invalid.json`);
    expect(result.ok).toBe(false);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors[0]).toEqual({ severity: 'error', file, ...expected });
  });
});

describe('input that is not a file', () => {
  it('rejects a top-level array without throwing', async () => {
    const result = await loadDataset({
      file: 'x.json',
      content: [],
      readText: () => Promise.resolve(undefined),
    });
    expect(result.issues[0]?.message).toMatch(/must be a JSON object/);
  });

  it('folds runs of white space but forgives nothing else', async () => {
    const data = {
      format: 'leverage-map',
      version: 1,
      title: 't',
      description: 'd',
      sources: [{ id: 's', title: 't', publisher: 'p', published: '2025', text: 's.txt' }],
      actors: [
        { id: 'a', label: 'A', type: 'state', description: 'a' },
        { id: 'b', label: 'B', type: 'state', description: 'b' },
      ],
      relations: [
        {
          id: 'r',
          source: 'a',
          target: 'b',
          type: 'pressure',
          label: 'presses',
          claim: 'A presses B.',
          evidence: [{ source: 's', quote: '  A  presses\nB. ' }],
        },
      ],
    };
    const ok = await loadDataset({
      file: 'x.json',
      content: data,
      readText: () => Promise.resolve('Then A presses \n  B. Fin.'),
    });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.spans[0]).toMatchObject({ start: 5, end: 20 });
    const caseChanged = structuredClone(data);
    caseChanged.relations[0]!.evidence[0]!.quote = 'a presses B.';
    const bad = await loadDataset({
      file: 'x.json',
      content: caseChanged,
      readText: () => Promise.resolve('Then A presses \n  B. Fin.'),
    });
    expect(bad.ok).toBe(false);
  });
});

describe('a slide path the loader cannot show', () => {
  async function withPath(slidePath: unknown) {
    const data = JSON.parse(readFileSync(path.join(FIXTURES, 'minimal.valid.json'), 'utf8')) as {
      stories: { slides: Record<string, unknown>[] }[];
    };
    data.stories[0]!.slides[0]!.path = slidePath;
    const result = await loadDataset({
      file: 'x.json',
      content: data,
      readText: (relative) => Promise.resolve(readFileSync(path.join(FIXTURES, relative), 'utf8')),
    });
    return result.issues.filter((i) => i.severity === 'error').map(({ path: at, message }) => [at, message]);
  }

  it('accepts a path that exists', async () => {
    expect(await withPath({ from: 'brightland', to: 'sailors', index: 0 })).toEqual([]);
  });

  it('says when there is no path at all', async () => {
    expect(await withPath({ from: 'sailors', to: 'brightland', index: 0 })).toEqual([
      [
        'stories[0].slides[0].path.index',
        'there is no leverage path from Detained sailors to Brightland within 4 steps; show other actors or remove the path',
      ],
    ]);
  });

  it('rejects a path from an actor to itself, and a negative index', async () => {
    expect(await withPath({ from: 'avalon', to: 'avalon', index: 0 })).toEqual([
      ['stories[0].slides[0].path.to', 'the path starts and ends at "avalon"; a path joins two actors'],
    ]);
    expect(await withPath({ from: 'avalon', to: 'sailors', index: -1 })).toEqual([
      ['stories[0].slides[0].path.index', 'must be 0 or more: 0 is the strongest path'],
    ]);
  });

  it('treats an id that names an Object.prototype member like any other id', async () => {
    // "constructor" is a valid slug, and every plain object inherits a function by that name.
    const data = {
      format: 'leverage-map',
      version: 1,
      title: 't',
      description: 'd',
      sources: [{ id: 'constructor', title: 't', publisher: 'p', published: '2025', text: 'c.txt' }],
      actors: [
        { id: 'a', label: 'A', type: 'state', description: 'a' },
        { id: 'b', label: 'B', type: 'state', description: 'b' },
      ],
      relations: [
        {
          id: 'r',
          source: 'a',
          target: 'b',
          type: 'pressure',
          label: 'presses',
          claim: 'A presses B.',
          evidence: [{ source: 'constructor', quote: 'A presses B.' }],
        },
      ],
    };
    const text = () => Promise.resolve('A presses B.');
    const ok = await loadDataset({ file: 'x.json', content: data, readText: text });
    expect(ok.issues).toEqual([]);
    // Its text missing, or a quote citing it when no source has that id, is an issue, not a crash.
    const missing = await loadDataset({
      file: 'x.json',
      content: data,
      readText: () => Promise.resolve(undefined),
    });
    expect(missing.ok).toBe(false);
    expect(missing.issues[0]).toMatchObject({ file: 'x.json', path: 'sources[0].text' });
    const unknown = structuredClone(data);
    unknown.sources[0]!.id = 's';
    const bad = await loadDataset({ file: 'x.json', content: unknown, readText: text });
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.path)).toContain('relations[0].evidence[0].source');
  });

  it('turns a fault inside the checks into an issue naming the file, never a throw', async () => {
    const data = {
      format: 'leverage-map',
      version: 1,
      title: 't',
      description: 'd',
      sources: [{ id: 's', title: 't', publisher: 'p', published: '2025', text: 's.txt' }],
      actors: [
        { id: 'a', label: 'A', type: 'state', description: 'a' },
        { id: 'b', label: 'B', type: 'state', description: 'b' },
      ],
      relations: [
        {
          id: 'r',
          source: 'a',
          target: 'b',
          type: 'pressure',
          label: 'presses',
          claim: 'A presses B.',
          evidence: [{ source: 's', quote: 'A presses B.' }],
        },
      ],
    };
    // Parsed content whose field throws when read: the checks cannot cope with that.
    const faulty = Object.defineProperty({ ...data }, 'relations', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = await loadDataset({
      file: 'x.json',
      content: faulty,
      readText: () => Promise.resolve(''),
    });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ severity: 'error', file: 'x.json' });
    expect(result.issues[0]?.message).toMatch(/could not be checked/);
  });
});

describe('the shape of a dataset, before its texts and quotes are checked', () => {
  const minimal = tinyDataset([], ['a']);

  it('is handed on as soon as the schema passes, before any source text is asked for', async () => {
    const order: string[] = [];
    await loadDataset({
      file: 'x.json',
      content: minimal,
      readText: () => {
        order.push('text');
        return Promise.resolve('A text.');
      },
      onShaped: (dataset) => order.push(`shaped ${dataset.actors.length}`),
    });
    expect(order).toEqual(['shaped 1', 'text', 'text']);
  });

  it('is not handed on when the schema fails', async () => {
    const shaped: unknown[] = [];
    const result = await loadDataset({
      file: 'x.json',
      content: { ...minimal, actors: 'none' },
      readText: () => Promise.resolve(undefined),
      onShaped: (dataset) => shaped.push(dataset),
    });
    expect(result.ok).toBe(false);
    expect(shaped).toEqual([]);
  });
});
