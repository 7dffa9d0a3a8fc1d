/**
 * The Belarus map written as GEXF, GraphML and Cytoscape JSON: read back by independent
 * readers (graphology's GEXF and GraphML parsers, headless cytoscape) with every node,
 * edge, attribute and quote in place, and read back by our own importers through the one
 * loader, with the source texts beside the file, to the same actors, relations and quotes.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Source } from '../../src/domain/schema';
import { exportCytoscapeJson } from '../../src/io/formats/cytoscapeJson';
import type { Importer } from '../../src/io/formats/format';
import { exportGexf, importGexf } from '../../src/io/formats/gexf';
import { exportGraphml, importGraphml } from '../../src/io/formats/graphml';
import { loadDataset, type LoadedDataset } from '../../src/io/loadDataset';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

const FOLDER = 'graph-data/belarus';
let belarus: LoadedDataset;

beforeAll(async () => {
  const result = await loadDatasetFile(path.join(FOLDER, 'dataset.json'));
  if (!result.ok) throw new Error('the Belarus map does not load');
  belarus = result;
});

/** Our importer's output through the loader, with sources/<id>.txt read from the Belarus folder. */
async function readBack(importer: Importer, file: string, text: string) {
  const imported = importer({ file, folder: '', text, files: [] });
  expect(imported.issues).toEqual([]);
  if (!imported.ok) throw new Error('not imported');
  const loaded = await loadDataset({
    file,
    content: imported.json,
    readText: (relative) => readFile(path.join(FOLDER, relative)).catch(() => undefined),
  });
  expect(loaded.issues).toEqual([]);
  if (!loaded.ok) throw new Error('not loaded');
  return loaded;
}

/** What the graph formats promise to keep: everything but deals, stories, contests, figures and notes. */
function kept(dataset: Dataset) {
  const published = (p: Source['published']) => (typeof p === 'string' ? p : { ...p, note: undefined });
  return {
    title: dataset.title,
    description: dataset.description,
    sources: dataset.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: published(s.published),
      url: s.url,
    })),
    actors: dataset.actors,
    positions: dataset.positions,
    relations: dataset.relations.map((r) => ({ ...r, figures: undefined, contested: undefined })),
  };
}

const split = (value: unknown) => String(value).split(' ‖ ');

describe('GEXF', () => {
  it('is read by graphology with every actor, relation, attribute and quote', () => {
    const { files } = exportGexf(belarus, 'belarus');
    expect(files.map((f) => [f.path, f.mime])).toEqual([['belarus.gexf', 'application/gexf+xml']]);
    const graph = parseGexf(Graph, files[0]!.content);
    const { dataset } = belarus;
    expect(graph.order).toBe(dataset.actors.length);
    expect(graph.size).toBe(dataset.relations.length);
    expect(graph.type).toBe('directed');
    for (const actor of dataset.actors) {
      const node = graph.getNodeAttributes(actor.id);
      expect(node).toMatchObject({
        label: actor.label,
        actor_type: actor.type,
        description: actor.description,
      });
      expect(node.x).toBe(dataset.positions![actor.id]!.x);
    }
    for (const relation of dataset.relations) {
      const edge = graph.getEdgeAttributes(relation.id);
      expect(graph.source(relation.id)).toBe(relation.source);
      expect(edge).toMatchObject({
        label: relation.label,
        relation_type: relation.type,
        claim: relation.claim,
      });
      expect(split(edge.quotes)).toEqual(relation.evidence.map((ev) => ev.quote));
      expect(split(edge.quote_sources)).toEqual(relation.evidence.map((ev) => ev.source));
    }
    expect(graph.getAttribute('description')).toContain('Carnegie Endowment for International Peace');
  });

  it('dates relations with spells: a year or a month is its whole stretch, and an open end stays open', () => {
    const content = exportGexf(belarus, 'belarus').files[0]!.content;
    expect(content).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const spellOf = (id: string) => new RegExp(`<edge id="${id}"[^]*?<spell ([^/]*?) ?/>`).exec(content)?.[1];
    const byWhen = (test: (w: NonNullable<Dataset['relations'][number]['when']>) => boolean) =>
      belarus.dataset.relations.find((r) => r.when && test(r.when))!;
    const months = byWhen((w) => w.start === '2025-10' && w.end === '2025-11');
    expect(spellOf(months.id)).toBe('start="2025-10-01" end="2025-11-30"');
    const years = byWhen((w) => w.start === '2024' && w.end === '2025');
    expect(spellOf(years.id)).toBe('start="2024-01-01" end="2025-12-31"');
    const open = byWhen((w) => w.start === '2020' && !w.end);
    expect(spellOf(open.id)).toBe('start="2020-01-01"');
    // Undated, and ended by the priests' release of 17 November 2025: it held until the day before.
    expect(spellOf('belarus-imprisoned-priests')).toBe('end="2025-11-16"');
  });

  it('reads back through our importer and the loader to the same map', async () => {
    const content = exportGexf(belarus, 'belarus').files[0]!.content;
    const loaded = await readBack(importGexf, 'belarus.gexf', content);
    expect(kept(loaded.dataset)).toEqual(kept(belarus.dataset));
    expect(loaded.spans.length).toBe(
      belarus.spans.filter((s) => !s.path.includes('contested') && s.elementKind === 'relation').length,
    );
  });

  it('says what it does not carry', () => {
    const { dropped } = exportGexf(belarus, 'belarus');
    expect(dropped.join('\n')).toMatch(/3 deals: only their labels/);
    expect(dropped.join('\n')).toMatch(/2 stories/);
    expect(dropped.join('\n')).toMatch(/3 contested relations/);
    expect(dropped.join('\n')).toMatch(/Gephi keeps one edge per pair of nodes and kind/);
  });
});

describe('GraphML', () => {
  it('is read by graphology with declared keys, every attribute and quote', () => {
    const { files } = exportGraphml(belarus, 'belarus');
    expect(files[0]!.path).toBe('belarus.graphml');
    const graph = parseGraphml(Graph, files[0]!.content);
    const { dataset } = belarus;
    expect(graph.order).toBe(dataset.actors.length);
    expect(graph.size).toBe(dataset.relations.length);
    expect(graph.type).toBe('directed');
    expect(graph.getAttribute('title')).toBe(dataset.title);
    expect(graph.getAttribute('credits')).toContain('European Council on Foreign Relations');
    for (const actor of dataset.actors) {
      expect(graph.getNodeAttributes(actor.id)).toMatchObject({
        label: actor.label,
        actor_type: actor.type,
        x: dataset.positions![actor.id]!.x,
        y: dataset.positions![actor.id]!.y,
      });
    }
    for (const relation of dataset.relations) {
      const edge = graph.getEdgeAttributes(relation.id);
      expect(edge).toMatchObject({
        label: relation.label,
        relation_type: relation.type,
        stance: relation.stance,
      });
      expect(split(edge.quotes)).toEqual(relation.evidence.map((ev) => ev.quote));
      if (relation.when) expect(edge.date).toBe(relation.when.start);
    }
  });

  it('reads back through our importer and the loader to the same map', async () => {
    const content = exportGraphml(belarus, 'belarus').files[0]!.content;
    const loaded = await readBack(importGraphml, 'belarus.graphml', content);
    expect(kept(loaded.dataset)).toEqual(kept(belarus.dataset));
  });
});

describe('Cytoscape JSON', () => {
  it('has the shape Cytoscape desktop writes, and cytoscape.js takes its elements', () => {
    const { files, dropped } = exportCytoscapeJson(belarus, 'belarus');
    expect(files.map((f) => [f.path, f.mime])).toEqual([['belarus.cyjs', 'application/json']]);
    const json = JSON.parse(files[0]!.content) as {
      format_version: string;
      generated_by: string;
      data: { name: string; credits: string[] };
      elements: {
        nodes: { data: Record<string, unknown>; position?: { x: number; y: number } }[];
        edges: { data: Record<string, unknown> }[];
      };
    };
    expect(json).toMatchObject({ format_version: '1.0', generated_by: 'Leverage Map' });
    expect(json.data.name).toBe(belarus.dataset.title);
    expect(json.data.credits).toHaveLength(2);
    const { nodes, edges } = json.elements;
    expect(nodes).toHaveLength(belarus.dataset.actors.length);
    expect(edges).toHaveLength(belarus.dataset.relations.length);
    for (const node of nodes) {
      expect(typeof node.data.id).toBe('string');
      expect(node.data.name).toBe(node.data.shared_name);
      expect(node.data).not.toHaveProperty('parent');
    }
    const potash = edges.find((e) => e.data.id === 'us-lifts-potash-sanctions-belaruskali')!.data;
    expect(potash).toMatchObject({
      source: 'united-states',
      target: 'belaruskali',
      interaction: 'sanctions_relief',
    });
    expect(potash.quotes).toEqual(
      belarus.dataset.relations.find((r) => r.id === potash.id)!.evidence.map((ev) => ev.quote),
    );
    expect(dropped.some((d) => d.includes('deals'))).toBe(true);

    // Preset: the positions in the file, as Cytoscape desktop opens it.
    const cy = cytoscape({
      headless: true,
      elements: json.elements as cytoscape.ElementsDefinition,
      layout: { name: 'preset' },
    });
    expect(cy.nodes()).toHaveLength(nodes.length);
    expect(cy.edges()).toHaveLength(edges.length);
    const belarusNode = cy.getElementById('belarus');
    expect(belarusNode.position()).toEqual(belarus.dataset.positions!.belarus);
    // No actor became a compound parent of another.
    expect(cy.nodes(':parent')).toHaveLength(0);
    cy.destroy();
  });
});

describe('XML that any reader takes', () => {
  it('escapes markup, keeps line breaks and drops the characters XML 1.0 forbids', async () => {
    const json = JSON.parse(readFileSync('tests/fixtures/minimal.valid.json', 'utf8')) as Dataset;
    json.actors[0]!.label = 'A<v>a & "lon" \u0007\u001b🙂';
    json.actors[0]!.description = 'First line.\nSecond line,\ttabbed.\r\nThird.';
    json.actors[1]!.aliases = ['B | C'];
    const loaded = await loadDataset({
      file: 'harbour.json',
      content: json,
      readText: (relative) => readFile(path.join('tests/fixtures', relative)).catch(() => undefined),
    });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    for (const [exporter, importer, parse] of [
      [exportGexf, importGexf, parseGexf],
      [exportGraphml, importGraphml, parseGraphml],
    ] as const) {
      const { files, dropped } = exporter(loaded, 'harbour');
      const content = files[0]!.content;
      expect(content.includes('\u0007') || content.includes('\u001b')).toBe(false);
      expect(parse(Graph, content).getNodeAttribute('avalon', 'label')).toBe('A<v>a & "lon" 🙂');
      const imported = importer({ file: files[0]!.path, folder: '', text: content, files: [] });
      if (!imported.ok) throw new Error('not imported');
      const actors = (imported.json as Dataset).actors;
      expect(actors[0]).toMatchObject({
        label: 'A<v>a & "lon" 🙂',
        description: json.actors[0]!.description,
      });
      // An alias holding the list separator cannot come back whole, and the export says so.
      expect(actors[1]!.aliases).toEqual(['B', 'C']);
      expect(dropped).toContain(
        '"aliases" of actor "brightland" holds "|", which separates its items: it will read back split there',
      );
    }
  });
});
