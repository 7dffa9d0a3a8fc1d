/**
 * Where a place of the imported dataset came from in the GEXF or GraphML file, so that the
 * loader's messages ("relations[5].evidence[0].quote: not found in …") are told as the user
 * finds them: `edge "e5" (line 212), attribute "quotes" (quote 1): not found in …`.
 */
import { FIELDS, type ForeignGraph, type ForeignNode } from './foreignGraph';
import type { PlaceOf } from './format';
import type { SourceCitation } from './graphSources';

/** Our field → the attribute names that may hold it. */
const ACTOR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  label: ['label'],
  type: FIELDS.actorType,
  description: FIELDS.description,
  aliases: FIELDS.aliases,
  parent: FIELDS.parent,
};
const RELATION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  source: ['source'],
  target: ['target'],
  type: FIELDS.relationType,
  label: ['label'],
  claim: FIELDS.claim,
  stance: FIELDS.stance,
  attributedTo: FIELDS.attributedTo,
  evidence: FIELDS.quotes,
  ends: FIELDS.ends,
};
const WHEN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  start: FIELDS.date,
  end: FIELDS.until,
  label: FIELDS.dateLabel,
  basis: FIELDS.dateBasis,
  approximate: FIELDS.dateApproximate,
};
const SOURCE_FIELDS: Readonly<Record<string, string>> = {
  title: 'source_title',
  publisher: 'source_publisher',
  published: 'source_published',
  url: 'source_url',
};

/** The name the file uses for a field, or ours when it has none. */
function nameIn(element: { values: ReadonlyMap<string, { name: string }> }, names: readonly string[]) {
  for (const name of names) {
    const found = element.values.get(name);
    if (found) return found.name;
  }
  return names[0]!;
}

export function graphPlaces(
  file: string,
  graph: ForeignGraph,
  nodes: readonly ForeignNode[],
  actorIds: readonly string[],
  citations: readonly SourceCitation[],
): PlaceOf {
  const place = (path: string) => ({ file, path });
  const attribute = (where: string, name: string, quote?: number) =>
    place(`${where}, attribute "${name}"${quote === undefined ? '' : ` (quote ${quote + 1})`}`);
  return (jsonPath) => {
    if (jsonPath === 'title' || jsonPath === 'description') return place(graph.place);
    const position = /^positions\.(.+)$/.exec(jsonPath);
    if (position) {
      const node = nodes[actorIds.indexOf(position[1]!)];
      return node && place(`${node.place}, position`);
    }
    const match = /^(actors|relations|sources)\[(\d+)\]\.?(.*)$/.exec(jsonPath);
    if (!match) return undefined;
    const [, list, index, rest = ''] = match;
    const fields = rest.split(/[.[\]]+/).filter((f) => f !== '');
    if (list === 'actors') {
      const node = nodes[Number(index)];
      if (!node) return undefined;
      const names = ACTOR_FIELDS[fields[0] ?? ''];
      return names ? attribute(node.place, nameIn(node, names)) : place(node.place);
    }
    if (list === 'sources') {
      const citation = citations[Number(index)];
      const edge = citation && graph.edges[citation.edge];
      if (!edge) return undefined;
      return attribute(edge.place, SOURCE_FIELDS[fields[0] ?? ''] ?? 'quote_sources', citation.quote);
    }
    const edge = graph.edges[Number(index)];
    if (!edge) return undefined;
    // "evidence[1].source" is the second quote's source; "when.end" is "until".
    if (fields[0] === 'evidence' && fields[1] !== undefined) {
      const name = fields[2] === 'source' ? 'quote_sources' : nameIn(edge, RELATION_FIELDS.evidence!);
      return attribute(edge.place, name, Number(fields[1]));
    }
    const names = fields[0] === 'when' ? WHEN_FIELDS[fields[1] ?? 'start'] : RELATION_FIELDS[fields[0] ?? ''];
    return names ? attribute(edge.place, nameIn(edge, names)) : place(edge.place);
  };
}
