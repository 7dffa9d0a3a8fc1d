/**
 * Every quote of the Belarus map as a W3C Web Annotation: each one checked against the
 * parts of the model it must have (https://www.w3.org/TR/annotation-model/), and each
 * position checked against the source text: the words it selects are the quote's words as
 * the source has them, with the text around them as prefix and suffix.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { exportWebAnnotations } from '../../src/io/formats/webAnnotations';
import { loadDataset, type LoadedDataset } from '../../src/io/loadDataset';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const TextPositionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: z.int().min(0), end: z.int().min(0) })
  .refine((s) => s.start < s.end, 'start must come before end');
// Loose: the model allows more than it requires, and what more there is must stay to be compared.
const Annotation = z.looseObject({
  id: z.string().regex(/^(urn:|https?:|#)/),
  type: z.literal('Annotation'),
  motivation: z.string().optional(),
  body: z
    .array(
      z.looseObject({
        type: z.literal('TextualBody'),
        value: z.string().min(1),
        purpose: z.enum(['describing', 'tagging', 'commenting']).optional(),
      }),
    )
    .min(1),
  target: z.object({
    source: z.string().regex(/^(urn:|https?:)/),
    selector: z.tuple([TextQuoteSelector]).or(z.tuple([TextQuoteSelector, TextPositionSelector])),
  }),
});
const Collection = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: z.string().min(1),
  type: z.literal('AnnotationCollection'),
  label: z.string().min(1),
  total: z.int().min(0),
  first: z.object({ id: z.string().min(1), type: z.literal('AnnotationPage'), items: z.array(Annotation) }),
});

/** Positions count code points, as the model says: a character outside the BMP is one. */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

function annotationsOf(map: LoadedDataset) {
  const { files, dropped } = exportWebAnnotations(map, 'belarus');
  expect(files.map((f) => [f.path, f.mime])).toEqual([
    ['belarus.jsonld', 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"'],
  ]);
  const collection = Collection.parse(JSON.parse(files[0]!.content));
  return { collection, items: collection.first.items, dropped };
}

let belarus: LoadedDataset;
beforeAll(async () => {
  const result = await loadDatasetFile('graph-data/belarus/dataset.json');
  if (!result.ok) throw new Error('the Belarus map does not load');
  belarus = result;
});

describe('web annotations of the Belarus map', () => {
  it('annotate every quote, relation, contested position and deal alike, with the model’s required parts', () => {
    const { collection, items } = annotationsOf(belarus);
    expect(items).toHaveLength(belarus.spans.length);
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    expect(collection.label).toContain('European Council on Foreign Relations');
    expect(collection.label).toContain('Carnegie Endowment for International Peace');
    expect(items.every((a) => a.target.selector.length === 2)).toBe(true);
  });

  it('select in the source text exactly the words quoted, with the text around them', () => {
    const { items } = annotationsOf(belarus);
    const quotes = new Map<string, string>();
    belarus.dataset.relations.forEach((r) => {
      r.evidence.forEach((ev, j) =>
        quotes.set(`urn:leverage-map:belarus:relation:${r.id}:evidence:${j}`, ev.quote),
      );
    });
    for (const annotation of items) {
      const [quote, position] = annotation.target.selector;
      const text = belarus.texts[annotation.target.source.replace('urn:leverage-map:source:', '')]!;
      expect(slice(text, position!.start, position!.end)).toBe(quote.exact);
      expect(slice(text, 0, position!.start).endsWith(quote.prefix ?? '')).toBe(true);
      expect(slice(text, position!.end, Infinity).startsWith(quote.suffix ?? '')).toBe(true);
      expect(quote.prefix?.length ?? 0).toBeLessThanOrEqual(32);
      const written = quotes.get(annotation.id);
      if (written !== undefined) expect(folded(quote.exact)).toBe(folded(written));
    }
    const potash = items.find((a) =>
      a.id.includes(':relation:us-lifts-potash-sanctions-belaruskali:evidence:0'),
    )!;
    expect(potash.body).toEqual([
      {
        type: 'TextualBody',
        value: belarus.dataset.relations.find((r) => r.id === 'us-lifts-potash-sanctions-belaruskali')!.claim,
        format: 'text/plain',
        purpose: 'describing',
      },
      { type: 'TextualBody', value: 'sanctions_relief', purpose: 'tagging' },
    ]);
  });

  it('a quote not found in its source keeps its words only, and the export says so', () => {
    const missing = belarus.spans[0]!;
    const { items, dropped } = annotationsOf({ ...belarus, spans: belarus.spans.slice(1) });
    const lone = items.filter((a) => a.target.selector.length === 1);
    expect(lone).toHaveLength(1);
    expect(lone[0]!.target.selector[0].exact.length).toBeGreaterThan(0);
    expect(missing.path).toMatch(/^relations\[0\]/);
    expect(dropped).toContain(
      "1 quote(s) not found in their source text: anchored by their words alone, without context or position (the loader's issues say what to fix)",
    );
  });
});

describe('positions in a text with characters outside the BMP', () => {
  it('count code points, not UTF-16 units', async () => {
    const json = JSON.parse(readFileSync('tests/fixtures/minimal.valid.json', 'utf8')) as {
      sources: Record<string, unknown>[];
    };
    const content = `🙂${readFileSync('tests/fixtures/sources/harbour.txt', 'utf8')}`.replace(
      'The Republic',
      '🙂🙂 The Republic',
    );
    json.sources[0] = { ...json.sources[0], text: undefined, content, url: 'https://example.org/harbour' };
    const loaded = await loadDataset({
      file: 'harbour.json',
      content: json,
      readText: () => Promise.resolve(undefined),
    });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    const { items } = annotationsOf(loaded);
    const first = items[0]!;
    const [quote, position] = first.target.selector;
    expect(first.target.source).toBe('https://example.org/harbour');
    expect(quote.exact.startsWith('The Republic of Avalon')).toBe(true);
    const utf16 = content.indexOf(quote.exact);
    expect(position!.start).toBe(utf16 - 3);
    expect(slice(content, position!.start, position!.end)).toBe(quote.exact);
    expect(quote.prefix?.endsWith('🙂🙂 ')).toBe(true);
    expect(Array.from(quote.prefix!)).toHaveLength(32);
  });
});
