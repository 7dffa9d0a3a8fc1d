/**
 * GEXF 1.3, Gephi's format (https://gexf.net). A map is written as a directed graph: actors
 * are nodes, relations edges, each with the attributes of graphAttributes.ts, the saved
 * positions and colours by type (viz), and the relations' dates as spells, so that Gephi's
 * timeline shows what held when. Reading back keeps what our own export carries; any other
 * GEXF file needs a type on each node and edge (see graphImport.ts).
 */
import { ACTOR_TYPES } from '../../domain/actorTypes';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../domain/relationTypes';
import type { Dataset } from '../../domain/schema';
import { buildTimeIndex } from '../../domain/time/timeIndex';
import type { Exporter, Importer } from './format';
import {
  asText,
  creditLine,
  CREATOR,
  CREDITS_HEADING,
  EDGE_ATTRIBUTES,
  graphContext,
  NODE_ATTRIBUTES,
  type GraphAttribute,
  type GraphContext,
} from './graphAttributes';
import { droppedFromGraph } from './graphDropped';
import { importGraph } from './graphImport';
import { readGexf } from './gexfRead';
import { xmlDocument, type XmlElement } from './xmlWrite';

const DAY = 86_400_000;
const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** "#D55E00" as GEXF's viz colour. */
function vizColor(hex: string): XmlElement {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return { name: 'viz:color', attributes: { r, g, b } };
}

function declarations<T>(cls: 'node' | 'edge', list: readonly GraphAttribute<T>[]): XmlElement {
  return {
    name: 'attributes',
    attributes: { class: cls, mode: 'static' },
    children: list.map((a) => ({
      name: 'attribute',
      attributes: { id: a.name, title: a.name, type: a.type },
    })),
  };
}

function attvalues<T>(item: T, list: readonly GraphAttribute<T>[], map: GraphContext): XmlElement {
  const children = list.flatMap((a): XmlElement[] => {
    const value = asText(a.value(item, map), a.separator);
    return value === undefined ? [] : [{ name: 'attvalue', attributes: { for: a.name, value } }];
  });
  return { name: 'attvalues', children };
}

/**
 * When each relation held, as the map's as-of reads it (timeIndex.ts): from the first day
 * of its date (a year or a month is its whole stretch) to the last day of its end, or to
 * the day before a relation that ends it starts; with no end it still holds, and with no
 * date it held from before the map's time (a spell without start begins with the network).
 */
function spellsOf(dataset: Dataset): Map<string, { start?: string; end?: string }> {
  const spells = new Map<string, { start?: string; end?: string }>();
  for (const [id, span] of buildTimeIndex(dataset).relations) {
    const first = span.dated?.first;
    const ended = Number.isFinite(span.until);
    if (first === undefined && !ended) continue;
    const last = ended ? Math.max(span.until - DAY, first ?? -Infinity) : undefined;
    spells.set(id, {
      ...(first === undefined ? {} : { start: isoDay(first) }),
      ...(last === undefined ? {} : { end: isoDay(last) }),
    });
  }
  return spells;
}

/** Our title, then our description, then the credit of every source quoted. */
export function metaDescription(dataset: Dataset): string {
  const credits = dataset.sources.map(creditLine);
  return [dataset.title, dataset.description, ...(credits.length ? [CREDITS_HEADING, ...credits] : [])].join(
    '\n\n',
  );
}

export const exportGexf: Exporter = ({ dataset }, name) => {
  const map = graphContext(dataset);
  const spells = spellsOf(dataset);
  const positions = dataset.positions ?? {};
  const nodes = dataset.actors.map((actor): XmlElement => ({
    name: 'node',
    attributes: { id: actor.id, label: actor.label },
    children: [
      attvalues(actor, NODE_ATTRIBUTES, map),
      vizColor(ACTOR_TYPES[actor.type].color),
      ...(Object.hasOwn(positions, actor.id)
        ? [
            {
              name: 'viz:position',
              attributes: { x: positions[actor.id]!.x, y: positions[actor.id]!.y, z: 0 },
            },
          ]
        : []),
    ],
  }));
  const edges = dataset.relations.map((relation): XmlElement => {
    const spell = spells.get(relation.id);
    return {
      name: 'edge',
      // The kind keeps parallel edges of different types apart in Gephi, and filters by type.
      attributes: {
        id: relation.id,
        source: relation.source,
        target: relation.target,
        label: relation.label,
        kind: relation.type,
      },
      children: [
        attvalues(relation, EDGE_ATTRIBUTES, map),
        ...(spell ? [{ name: 'spells', children: [{ name: 'spell', attributes: spell }] }] : []),
        vizColor(RELATION_CATEGORIES[RELATION_TYPES[relation.type].category].color),
      ],
    };
  });
  const root: XmlElement = {
    name: 'gexf',
    attributes: {
      xmlns: 'http://gexf.net/1.3',
      'xmlns:viz': 'http://gexf.net/1.3/viz',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      version: '1.3',
    },
    children: [
      {
        name: 'meta',
        children: [
          { name: 'creator', text: CREATOR },
          { name: 'description', text: metaDescription(dataset) },
        ],
      },
      {
        name: 'graph',
        attributes: {
          defaultedgetype: 'directed',
          mode: spells.size > 0 ? 'dynamic' : 'static',
          timeformat: spells.size > 0 ? 'date' : undefined,
        },
        children: [
          declarations('node', NODE_ATTRIBUTES),
          declarations('edge', EDGE_ATTRIBUTES),
          { name: 'nodes', attributes: { count: nodes.length }, children: nodes },
          { name: 'edges', attributes: { count: edges.length }, children: edges },
        ],
      },
    ],
  };
  return {
    files: [{ path: `${name}.gexf`, content: xmlDocument(root), mime: 'application/gexf+xml' }],
    dropped: [...droppedFromGraph(map, { joinsLists: true }), ...parallels(dataset)],
  };
};

/** Gephi keeps one edge per pair of nodes and kind: relations alike in both would merge. */
function parallels(dataset: Dataset): string[] {
  const seen = new Set<string>();
  let alike = 0;
  for (const r of dataset.relations) {
    const key = `${r.source} ${r.target} ${r.type}`;
    if (seen.has(key)) alike++;
    seen.add(key);
  }
  return alike === 0
    ? []
    : [
        `${alike} relation(s) have the same source, target and type as another: Gephi keeps one edge per pair of nodes and kind, so it may merge them on import (other tools keep them apart)`,
      ];
}

export const importGexf: Importer = ({ file, text }) => {
  const read = readGexf(file, text);
  return read.ok ? importGraph(read.graph, file) : read;
};
