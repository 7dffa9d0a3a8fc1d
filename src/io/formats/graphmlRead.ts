/**
 * A GraphML file as a ForeignGraph: data values by their keys' attr.name (with defaults),
 * labels from "label" or "name" (Cytoscape desktop) or yEd's node and edge labels, positions
 * from "x" and "y" or yEd's geometry. Nested graphs and hyperedges are not read, and said
 * so. Bad XML or another kind of file is one issue with its place; never a throw.
 */
import {
  brokenXml,
  normalName,
  placeOfElement,
  unreadable,
  type ForeignEdge,
  type ForeignGraph,
  type ForeignNode,
  type GraphRead,
  type Written,
} from './foreignGraph';
import { child, childrenNamed, readXml, type XmlNode } from './xmlRead';

interface Key {
  name: string;
  domain: string;
  fallback?: string;
}

function keysOf(root: XmlNode): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.get('id');
    if (id === undefined) continue;
    const fallback = child(key, 'default')?.text;
    keys.set(id, {
      name: key.attributes.get('attr.name') ?? id,
      domain: key.attributes.get('for') ?? 'all',
      ...(fallback !== undefined ? { fallback } : {}),
    });
  }
  return keys;
}

/** The first element of this name anywhere inside (yEd keeps labels and geometry deep in its data). */
function find(node: XmlNode, name: string): XmlNode | undefined {
  for (const c of node.children) {
    const found = c.name === name ? c : find(c, name);
    if (found) return found;
  }
  return undefined;
}

function valuesOf(element: XmlNode, keys: ReadonlyMap<string, Key>, domain: string) {
  const values = new Map<string, Written>();
  for (const data of childrenNamed(element, 'data')) {
    const key = keys.get(data.attributes.get('key') ?? '');
    // yEd's graphics are elements, not a value.
    if (!key || data.children.length > 0) continue;
    values.set(normalName(key.name), { name: key.name, value: data.text });
  }
  for (const key of keys.values()) {
    if (
      (key.domain === domain || key.domain === 'all') &&
      key.fallback !== undefined &&
      !values.has(normalName(key.name))
    )
      values.set(normalName(key.name), { name: key.name, value: key.fallback });
  }
  return values;
}

const text = (values: ReadonlyMap<string, Written>, name: string) => {
  const value = values.get(name)?.value.trim();
  return value === '' ? undefined : value;
};

function positionOf(node: XmlNode, values: ReadonlyMap<string, Written>) {
  const geometry = find(node, 'Geometry')?.attributes;
  const [x, y] = ['x', 'y'].map((axis) => Number(text(values, axis) ?? geometry?.get(axis) ?? NaN));
  return Number.isFinite(x) && Number.isFinite(y) ? { x: x!, y: y! } : undefined;
}

export function readGraphml(file: string, source: string): GraphRead {
  const read = readXml(source);
  if (!read.ok) return brokenXml(file, 'GraphML', read);
  const { root } = read;
  if (root.name !== 'graphml')
    return unreadable(
      file,
      `<${root.name}> (line ${root.line})`,
      `is not a GraphML file: its root element is <${root.name}>, not <graphml>${root.name === 'gexf' ? '; it looks like GEXF: name it .gexf' : ''}; open a .graphml file written by yEd, Gephi, Cytoscape or networkx`,
    );
  const graph = child(root, 'graph');
  if (!graph)
    return unreadable(
      file,
      `<graphml> (line ${root.line})`,
      'has no <graph> element; the file holds no graph to open',
    );
  const keys = keysOf(root);
  // The attribute is required; a file without it is read the way our relations run.
  const directedByDefault = graph.attributes.get('edgedefault') !== 'undirected';
  const skipped: ForeignGraph['skipped'] = [];
  const nodes = childrenNamed(graph, 'node').map((node): ForeignNode => {
    const id = node.attributes.get('id') ?? '';
    const values = valuesOf(node, keys, 'node');
    const label = text(values, 'label') ?? text(values, 'name') ?? find(node, 'NodeLabel')?.text.trim();
    const place = placeOfElement('node', node.line, id);
    if (child(node, 'graph'))
      skipped.push({ place, message: 'holds a nested graph, which is not read; only the outer graph is' });
    const position = positionOf(node, values);
    return { id, place, values, ...(label ? { label } : {}), ...(position ? { position } : {}) };
  });
  const edges = childrenNamed(graph, 'edge').map((edge): ForeignEdge => {
    const get = (name: string) => edge.attributes.get(name);
    const values = valuesOf(edge, keys, 'edge');
    const label = text(values, 'label') ?? find(edge, 'EdgeLabel')?.text.trim();
    const directed = get('directed');
    return {
      source: get('source') ?? '',
      target: get('target') ?? '',
      place: placeOfElement('edge', edge.line, get('id'), { source: get('source'), target: get('target') }),
      values,
      directed: directed === undefined ? directedByDefault : directed === 'true',
      ...(get('id') !== undefined ? { id: get('id') } : {}),
      ...(label ? { label } : {}),
    };
  });
  for (const hyperedge of childrenNamed(graph, 'hyperedge'))
    skipped.push({
      place: `hyperedge (line ${hyperedge.line})`,
      message: 'is not read: a relation links two actors; draw it as edges between pairs of nodes',
    });
  const graphValues = valuesOf(graph, keys, 'graph');
  const title = text(graphValues, 'title') ?? text(graphValues, 'name');
  const description = text(graphValues, 'description');
  return {
    ok: true,
    graph: {
      format: 'GraphML',
      place: `<graph> (line ${graph.line})`,
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      nodes,
      edges,
      skipped,
    },
  };
}
