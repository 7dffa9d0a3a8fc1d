/**
 * GEXF and GraphML files that are not our own, or are broken: every problem comes back as
 * an issue naming the place in the file the way the user finds it (a line, a node, an
 * edge, an attribute) and saying the fix; nothing throws. Foreign graphs without quotes come
 * in with no evidence yet.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/domain/issues';
import type { Imported } from '../../src/io/formats/format';
import { exportGexf, importGexf } from '../../src/io/formats/gexf';
import { exportGraphml, importGraphml } from '../../src/io/formats/graphml';
import { loadDataset } from '../../src/io/loadDataset';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

const gexf = (text: string, file = 'network.gexf') => importGexf({ file, folder: '', text, files: [] });
const graphml = (text: string, file = 'network.graphml') =>
  importGraphml({ file, folder: '', text, files: [] });
const only = (imported: Imported) => {
  expect(imported.issues).toHaveLength(1);
  return imported.issues[0]!;
};
const errorsOf = (imported: Imported) => imported.issues.filter((i) => i.severity === 'error');

/** A Gephi-style GEXF file: declared attributes, string ids, an edge kind. */
function gephiFile({ nodes, edges }: { nodes: string; edges: string }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>Gephi 0.10.1</creator><description>A web of influence</description></meta>
  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
    <attributes class="node"><attribute id="0" title="Type" type="string"/></attributes>
    <attributes class="edge"><attribute id="0" title="type" type="string"/></attributes>
    <nodes>
${nodes}
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>
`;
}
const node = (id: string, label: string, type?: string) =>
  `      <node id="${id}" label="${label}">${type ? `<attvalues><attvalue for="0" value="${type}"/></attvalues>` : ''}<viz:position x="1.5" y="-2"/></node>`;

describe('broken or foreign files', () => {
  it('a file cut short: the line and column where the XML breaks', async () => {
    const belarus = await loadDatasetFile('graph-data/belarus/dataset.json');
    if (!belarus.ok) throw new Error('the Belarus map does not load');
    const whole = exportGexf(belarus, 'belarus').files[0]!.content;
    const cut = whole.slice(0, Math.floor(whole.length / 2));
    const issue = only(gexf(cut, 'belarus.gexf'));
    expect(issue).toMatchObject({ severity: 'error', file: 'belarus.gexf' });
    expect(issue.path).toMatch(/^line \d+, column \d+$/);
    expect(issue.message).toMatch(/^is not well-formed XML here \(.+\); the GEXF file may be cut short/);
    expect(only(graphml(exportGraphml(belarus, 'b').files[0]!.content.slice(0, 5000))).path).toMatch(
      /^line \d+/,
    );
  });

  it('text that is no XML, and XML of another kind, say so', () => {
    expect(only(gexf('hello')).message).toMatch(/is not well-formed XML/);
    expect(only(gexf('')).message).toMatch(/is not well-formed XML|holds no XML element/);
    expect(only(gexf('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      severity: 'error',
      file: 'network.gexf',
      path: '<svg> (line 1)',
      message:
        'is not a GEXF file: its root element is <svg>, not <gexf>; open a .gexf file written by Gephi or another graph tool',
    });
    expect(only(gexf('<graphml/>')).message).toContain('it looks like GraphML: name it .graphml');
    expect(only(graphml('<gexf/>')).message).toContain('it looks like GEXF: name it .gexf');
    expect(only(gexf('<gexf version="1.3"/>')).message).toBe(
      'has no <graph> element; the file holds no graph to open',
    );
  });

  it('an edge to a missing node names the edge, its line and the end to fix', () => {
    const text = gephiFile({
      nodes: node('a', 'Avalon', 'State'),
      edges: '      <edge id="e1" source="a" target="ghost" kind="sanctions"/>',
    });
    const errors = errorsOf(gexf(text));
    expect(errors).toEqual([
      {
        severity: 'error',
        file: 'network.gexf',
        path: 'edge "e1" (line 11), attribute "target"',
        message: `"ghost" is not the id of any node; add the node or fix the edge's target`,
      },
    ]);
  });

  it('an unknown or missing type names the node or edge and the attribute to set', () => {
    const text = gephiFile({
      nodes: [node('a', 'Avalon', 'organisation'), node('b', 'Brightland')].join('\n'),
      edges: '      <edge id="e1" source="a" target="b" label="likes"/>',
    });
    const errors = errorsOf(gexf(text));
    expect(errors.map((e) => e.path)).toEqual([
      'node "a" (line 8), attribute "Type"',
      'node "b" (line 9)',
      'edge "e1" (line 12)',
    ]);
    expect(errors[0]!.message).toMatch(
      /^"organisation" is not an actor type; use one of: state, bloc, institution/,
    );
    expect(errors[1]!.message).toMatch(
      /^has no actor type; give it an attribute "actor_type" with one of: state, bloc/,
    );
    expect(errors[2]!.message).toMatch(
      /^has no relation type; give it an attribute "relation_type" with one of: sanctions,/,
    );
  });

  it('two nodes with one id, and a node without an id', () => {
    const text = gephiFile({
      nodes: [node('a', 'Avalon', 'state'), node('a', 'Again', 'state'), '      <node label="Nobody"/>'].join(
        '\n',
      ),
      edges: '',
    });
    const errors = errorsOf(gexf(text));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      [
        'node "a" (line 9), attribute "id"',
        '"a" is the id of an earlier node too; give each node its own id',
      ],
      ['node "" (line 10)', 'has no id; give every node an id that its edges name'],
    ]);
  });
});

describe('a foreign graph without quotes', () => {
  const text = gephiFile({
    nodes: [
      node('Node A', 'Avalon', 'States'),
      node('Node B', 'Brightland', 'state'),
      node('p', 'Petra', 'Person'),
    ].join('\n'),
    edges: [
      '      <edge id="0" source="Node A" target="Node B" kind="sanctions" label="sanctions"><spells><spell start="2025-03-01" end="2025-04-30"/></spells></edge>',
      '      <edge id="1" source="p" target="Node A" label="Sanctions relief"/>',
      '      <edge source="Node B" target="p" type="directed"><attvalues><attvalue for="0" value="support"/></attvalues></edge>',
    ].join('\n'),
  });

  it('comes in with slug ids, types by label, dates from spells and no evidence yet', () => {
    const imported = gexf(text);
    expect(errorsOf(imported)).toEqual([]);
    if (!imported.ok) return;
    const json = imported.json as {
      title: string;
      description: string;
      actors: { id: string; type: string; label: string }[];
      relations: {
        id: string;
        source: string;
        target: string;
        type: string;
        evidence: unknown[];
        when?: unknown;
      }[];
      positions: Record<string, unknown>;
    };
    expect(json.title).toBe('Network');
    expect(json.description).toBe('A web of influence');
    expect(json.actors.map((a) => [a.id, a.type, a.label])).toEqual([
      ['node-a', 'state', 'Avalon'],
      ['node-b', 'state', 'Brightland'],
      ['p', 'person', 'Petra'],
    ]);
    expect(json.relations.map((r) => [r.id, r.source, r.target, r.type, r.evidence])).toEqual([
      ['0', 'node-a', 'node-b', 'sanctions', []],
      ['1', 'p', 'node-a', 'sanctions_relief', []],
      ['node-b-p', 'node-b', 'p', 'support', []],
    ]);
    expect(json.relations[0]!.when).toEqual({ start: '2025-03-01', end: '2025-04-30' });
    expect(json.positions['node-a']).toEqual({ x: 1.5, y: -2 });
    const warnings = imported.issues.map((i) => `${i.path}: ${i.message}`);
    expect(warnings).toEqual([
      expect.stringMatching(/^node "Node A" \(line 8\): 3 node\(s\) have no "description"/),
      expect.stringMatching(/^edge "0" \(line 13\): 3 edge\(s\) have no "claim"/),
      expect.stringMatching(/^<graph> \(line 4\): 2 edge\(s\) are undirected/),
    ]);
  });

  it('loads, and the loader’s warnings are told at the edges they are about', async () => {
    const imported = gexf(text);
    if (!imported.ok) throw new Error('not imported');
    const loaded = await loadDataset({
      file: 'network.gexf',
      content: imported.json,
      readText: () => Promise.resolve(undefined),
    });
    expect(loaded.ok).toBe(true);
    const noEvidence = loaded.issues.filter((i: Issue) => i.rule === 'no-evidence');
    // One warning for all three, at the first of them, naming the others.
    expect(noEvidence).toHaveLength(1);
    expect(noEvidence[0]!.message).toMatch(/has no evidence yet, and so do 2 more \("[^"]+", "[^"]+"\)/);
    expect(imported.placeOf!(noEvidence[0]!.path)).toEqual({
      file: 'network.gexf',
      path: 'edge "0" (line 13), attribute "quotes"',
    });
    expect(imported.placeOf!('actors[1].type')).toEqual({
      file: 'network.gexf',
      path: 'node "Node B" (line 9), attribute "Type"',
    });
    expect(imported.placeOf!('positions.p')).toEqual({
      file: 'network.gexf',
      path: 'node "p" (line 10), position',
    });
  });
});

describe('a foreign GraphML file', () => {
  it('reads yEd labels and geometry and Cytoscape’s interaction', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" yfiles.type="nodegraphics"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"><default>group</default></key>
  <key id="d2" for="edge" attr.name="interaction" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="n0"><data key="d0"><y:ShapeNode><y:Geometry x="10" y="20" width="30" height="30"/><y:NodeLabel>Opposition</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d0"><y:ShapeNode><y:NodeLabel>Regime</y:NodeLabel></y:ShapeNode></data><data key="d1">state</data></node>
    <edge id="e0" source="n0" target="n1"><data key="d2">opposition</data></edge>
    <hyperedge><endpoint node="n0"/><endpoint node="n1"/></hyperedge>
  </graph>
</graphml>`;
    const imported = graphml(text, 'folder/yed export.graphml');
    expect(errorsOf(imported)).toEqual([]);
    if (!imported.ok) return;
    const json = imported.json as {
      title: string;
      actors: unknown[];
      relations: unknown[];
      positions: unknown;
    };
    expect(json.title).toBe('Yed export');
    expect(json.actors).toMatchObject([
      { id: 'n0', label: 'Opposition', type: 'group' },
      { id: 'n1', label: 'Regime', type: 'state' },
    ]);
    expect(json.relations).toMatchObject([
      { id: 'e0', source: 'n0', target: 'n1', type: 'opposition', label: 'opposes' },
    ]);
    expect(json.positions).toEqual({ n0: { x: 10, y: 20 } });
    expect(imported.issues.map((i) => i.path)).toContain('hyperedge (line 10)');
  });
});

describe('our own export with a quote changed', () => {
  it('the loader’s "not found" is told at the edge, its attribute and the quote’s number', async () => {
    const belarus = await loadDatasetFile('graph-data/belarus/dataset.json');
    if (!belarus.ok) throw new Error('the Belarus map does not load');
    const relation = belarus.dataset.relations[0]!;
    const quotes = relation.evidence.map((ev) => ev.quote);
    const changed = [quotes[0], `${quotes[1]} (sic)`, ...quotes.slice(2)];
    const text = exportGexf(belarus, 'belarus').files[0]!.content.replace(
      `value="${quotes.join(' ‖ ')}"`,
      `value="${changed.join(' ‖ ')}"`,
    );
    const imported = gexf(text, 'belarus.gexf');
    if (!imported.ok) throw new Error('not imported');
    const loaded = await loadDataset({
      file: 'belarus.gexf',
      content: imported.json,
      readText: (relative) => readFile(path.join('graph-data/belarus', relative)).catch(() => undefined),
    });
    const errors = loaded.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.path)).toEqual(['relations[0].evidence[1].quote']);
    const line = text.split('\n').findIndex((l) => l.includes(`<edge id="${relation.id}"`)) + 1;
    expect(imported.placeOf!(errors[0]!.path)).toEqual({
      file: 'belarus.gexf',
      path: `edge "${relation.id}" (line ${line}), attribute "quotes" (quote 2)`,
    });
    // A source's problems are told at the first quote of it.
    expect(imported.placeOf!('sources[1].text')?.path).toMatch(
      /^edge "[^"]+" \(line \d+\), attribute "quote_sources" \(quote \d+\)$/,
    );
  });
});
