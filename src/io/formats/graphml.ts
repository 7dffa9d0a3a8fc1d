/**
 * GraphML (http://graphml.graphdrawing.org), read by Gephi, yEd, Cytoscape desktop and
 * networkx. A map is a directed graph: actors are nodes, relations edges, each with the
 * attributes of graphAttributes.ts declared as <key>s, dates as "date" and "until" strings,
 * and saved positions as "x" and "y" (the names Gephi reads positions from). The graph
 * carries the map's title, description and the credit of every source quoted. Reading back
 * keeps what our own export carries; any other file needs a type on each node and edge.
 */
import { slugify } from '../../domain/edits/ids';
import type { Exporter, Importer } from './format';
import {
  asText,
  creditLine,
  EDGE_ATTRIBUTES,
  graphContext,
  NODE_ATTRIBUTES,
  type GraphAttribute,
  type GraphContext,
} from './graphAttributes';
import { droppedFromGraph } from './graphDropped';
import { importGraph } from './graphImport';
import { readGraphml } from './graphmlRead';
import { xmlDocument, type XmlElement } from './xmlWrite';

type Domain = 'graph' | 'node' | 'edge';
interface Key {
  name: string;
  type: 'string' | 'boolean' | 'double';
}

const GRAPH_KEYS: readonly Key[] = [
  { name: 'title', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'credits', type: 'string' },
];
const LABEL: Key = { name: 'label', type: 'string' };
const POSITION: readonly Key[] = [
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
];

/** Key ids are unique in the file; the names repeat across domains ("label" for nodes and edges). */
const keyId = (domain: Domain, name: string) => `${domain.charAt(0)}_${name}`;

function keys(domain: Domain, list: readonly Key[]): XmlElement[] {
  return list.map((key) => ({
    name: 'key',
    attributes: { id: keyId(domain, key.name), for: domain, 'attr.name': key.name, 'attr.type': key.type },
  }));
}

function data(domain: Domain, name: string, value: string | number | undefined): XmlElement[] {
  return value === undefined || value === ''
    ? []
    : [{ name: 'data', attributes: { key: keyId(domain, name) }, text: String(value) }];
}

function values<T>(domain: Domain, item: T, list: readonly GraphAttribute<T>[], map: GraphContext) {
  return list.flatMap((a) => data(domain, a.name, asText(a.value(item, map), a.separator)));
}

export const exportGraphml: Exporter = ({ dataset }, name) => {
  const map = graphContext(dataset);
  const positions = dataset.positions ?? {};
  const nodes = dataset.actors.map((actor): XmlElement => {
    const position = Object.hasOwn(positions, actor.id) ? positions[actor.id] : undefined;
    return {
      name: 'node',
      attributes: { id: actor.id },
      children: [
        ...data('node', 'label', actor.label),
        ...values('node', actor, NODE_ATTRIBUTES, map),
        ...data('node', 'x', position?.x),
        ...data('node', 'y', position?.y),
      ],
    };
  });
  const edges = dataset.relations.map((relation): XmlElement => ({
    name: 'edge',
    attributes: { id: relation.id, source: relation.source, target: relation.target },
    children: [...data('edge', 'label', relation.label), ...values('edge', relation, EDGE_ATTRIBUTES, map)],
  }));
  const root: XmlElement = {
    name: 'graphml',
    attributes: {
      xmlns: 'http://graphml.graphdrawing.org/xmlns',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    },
    children: [
      ...keys('graph', GRAPH_KEYS),
      ...keys('node', [LABEL, ...NODE_ATTRIBUTES, ...POSITION]),
      ...keys('edge', [LABEL, ...EDGE_ATTRIBUTES]),
      {
        name: 'graph',
        // An id is an XML name token: no spaces.
        attributes: { id: slugify(name, 'map'), edgedefault: 'directed' },
        // The graph's own data first: some readers (graphology) look for it only there.
        children: [
          ...data('graph', 'title', dataset.title),
          ...data('graph', 'description', dataset.description),
          ...data('graph', 'credits', dataset.sources.map(creditLine).join('\n')),
          ...nodes,
          ...edges,
        ],
      },
    ],
  };
  return {
    files: [{ path: `${name}.graphml`, content: xmlDocument(root), mime: 'application/graphml+xml' }],
    dropped: droppedFromGraph(map, { joinsLists: true }),
  };
};

export const importGraphml: Importer = ({ file, text }) => {
  const read = readGraphml(file, text);
  return read.ok ? importGraph(read.graph, file) : read;
};
