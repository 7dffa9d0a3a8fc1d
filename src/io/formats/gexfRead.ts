/**
 * A GEXF file (1.1 to 1.3, as Gephi and other tools write it) as a ForeignGraph: attribute
 * values by their declared titles (with defaults), viz positions, nested nodes as children
 * of their parent, and edge times from spells or start and end. Bad XML or another kind of
 * file is one issue with its place; never a throw.
 */
import {
  brokenXml,
  normalName,
  placeOfElement,
  unreadable,
  type ForeignEdge,
  type ForeignNode,
  type GraphRead,
  type Written,
} from './foreignGraph';
import { CREATOR, CREDITS_HEADING } from './graphAttributes';
import { child, childrenNamed, readXml, type XmlNode } from './xmlRead';

interface Declared {
  title: string;
  fallback?: string;
}

/** Per class ("node", "edge"): attribute id → title and default. */
function declarations(graph: XmlNode): Map<string, Map<string, Declared>> {
  const model = new Map<string, Map<string, Declared>>();
  for (const block of childrenNamed(graph, 'attributes')) {
    const cls = block.attributes.get('class') ?? '';
    const list = model.get(cls) ?? new Map<string, Declared>();
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attributes.get('id');
      if (id === undefined) continue;
      const fallback = child(attribute, 'default')?.text;
      list.set(id, { title: attribute.attributes.get('title') ?? id, ...(fallback ? { fallback } : {}) });
    }
    model.set(cls, list);
  }
  return model;
}

/** The element's values by normalised title: its attvalues, then the declared defaults. */
function valuesOf(element: XmlNode, declared: ReadonlyMap<string, Declared> | undefined) {
  const values = new Map<string, Written>();
  for (const attvalue of childrenNamed(child(element, 'attvalues') ?? element, 'attvalue')) {
    // GEXF 1.1 says "id" where later versions say "for".
    const id = attvalue.attributes.get('for') ?? attvalue.attributes.get('id');
    const value = attvalue.attributes.get('value');
    if (id === undefined || value === undefined) continue;
    const title = declared?.get(id)?.title ?? id;
    // A dynamic attribute has a value per period; the first is kept.
    if (!values.has(normalName(title))) values.set(normalName(title), { name: title, value });
  }
  for (const { title, fallback } of declared?.values() ?? []) {
    if (fallback !== undefined && !values.has(normalName(title)))
      values.set(normalName(title), { name: title, value: fallback });
  }
  return values;
}

function positionOf(node: XmlNode): { x: number; y: number } | undefined {
  const position = child(node, 'position');
  const [x, y] = ['x', 'y'].map((axis) => Number(position?.attributes.get(axis) ?? NaN));
  return Number.isFinite(x) && Number.isFinite(y) ? { x: x!, y: y! } : undefined;
}

/** A period from spells (the first start to the last end) or the edge's own start and end. */
function timeOf(edge: XmlNode): ForeignEdge['time'] {
  const spells = childrenNamed(child(edge, 'spells') ?? edge, 'spell');
  const first = spells[0] ?? edge;
  const last = spells.at(-1) ?? edge;
  const start = first.attributes.get('start') ?? first.attributes.get('timestamp');
  const end = last.attributes.get('end') ?? last.attributes.get('timestamp');
  return start === undefined && end === undefined ? undefined : { start, end };
}

/** Our own description holds the title, the description and the credits, a paragraph each. */
function titled(meta: XmlNode | undefined): { title?: string; description?: string } {
  const description = meta && child(meta, 'description')?.text.trim();
  if (!description) return {};
  if (child(meta, 'creator')?.text.trim() !== CREATOR) return { description };
  const [title, ...rest] = description.split('\n\n');
  const credits = rest.indexOf(CREDITS_HEADING);
  const own = (credits < 0 ? rest : rest.slice(0, credits)).join('\n\n');
  return { title, ...(own ? { description: own } : {}) };
}

export function readGexf(file: string, text: string): GraphRead {
  const read = readXml(text);
  if (!read.ok) return brokenXml(file, 'GEXF', read);
  const { root } = read;
  if (root.name !== 'gexf')
    return unreadable(
      file,
      `<${root.name}> (line ${root.line})`,
      `is not a GEXF file: its root element is <${root.name}>, not <gexf>${root.name === 'graphml' ? '; it looks like GraphML: name it .graphml' : ''}; open a .gexf file written by Gephi or another graph tool`,
    );
  const graph = child(root, 'graph');
  if (!graph)
    return unreadable(
      file,
      `<gexf> (line ${root.line})`,
      'has no <graph> element; the file holds no graph to open',
    );
  const model = declarations(graph);
  // Our own spells are worked out from "date", "until" and "ends", which are read instead.
  const meta = child(root, 'meta');
  const ours = meta !== undefined && child(meta, 'creator')?.text.trim() === CREATOR;
  const directedByDefault = (graph.attributes.get('defaultedgetype') ?? 'undirected') === 'directed';
  const nodes: ForeignNode[] = [];
  const walkNodes = (container: XmlNode | undefined, parent?: string) => {
    for (const node of childrenNamed(container ?? graph, 'node')) {
      const id = node.attributes.get('id') ?? '';
      const label = node.attributes.get('label');
      const pid = node.attributes.get('pid') ?? parent;
      nodes.push({
        id,
        place: placeOfElement('node', node.line, id),
        values: valuesOf(node, model.get('node')),
        ...(label !== undefined ? { label } : {}),
        ...(pid !== undefined ? { parent: pid } : {}),
        ...(positionOf(node) ? { position: positionOf(node)! } : {}),
      });
      const nested = child(node, 'nodes');
      if (nested) walkNodes(nested, id);
    }
  };
  walkNodes(child(graph, 'nodes'));
  const edges = childrenNamed(child(graph, 'edges') ?? graph, 'edge').map((edge): ForeignEdge => {
    const get = (name: string) => edge.attributes.get(name);
    const type = get('type');
    const time = ours ? undefined : timeOf(edge);
    return {
      source: get('source') ?? '',
      target: get('target') ?? '',
      place: placeOfElement('edge', edge.line, get('id'), { source: get('source'), target: get('target') }),
      values: valuesOf(edge, model.get('edge')),
      directed: type === undefined ? directedByDefault : type === 'directed',
      ...(get('id') !== undefined ? { id: get('id') } : {}),
      ...(get('label') !== undefined ? { label: get('label') } : {}),
      ...(get('kind') !== undefined ? { kind: get('kind') } : {}),
      ...(time ? { time } : {}),
    };
  });
  return {
    ok: true,
    graph: {
      format: 'GEXF',
      place: `<graph> (line ${graph.line})`,
      ...titled(meta),
      nodes,
      edges,
      skipped: [],
    },
  };
}
