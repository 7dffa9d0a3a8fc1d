/**
 * A foreign graph (read from GEXF or GraphML) as our dataset JSON, for the one loader. Our
 * own exports come back whole: the attributes of graphAttributes.ts name types, claims,
 * stances, quotes and their sources, and dates. Any other file needs at least a type for
 * each node and edge. There is no default: a type says how an actor is drawn and which way
 * leverage runs along a relation, so a guessed one would put wrong meaning on the map; the
 * error names the element and the attribute to add. A relation without a quote comes in
 * with no evidence yet (the loader warns); a missing description or claim is written for
 * the user to replace, with one warning for all. Ids that are not our slugs are made so.
 */
import { ACTOR_TYPES, ACTOR_TYPE_IDS } from '../../domain/actorTypes';
import { uniqueId } from '../../domain/edits/ids';
import { hasErrors, type Issue } from '../../domain/issues';
import { RELATION_TYPES, RELATION_TYPE_IDS } from '../../domain/relationTypes';
import { baseName } from '../paths';
import {
  FIELDS,
  registryId,
  splitValues,
  valueOf,
  type ForeignEdge,
  type ForeignGraph,
} from './foreignGraph';
import type { Imported } from './format';
import { NAMES } from './graphAttributes';
import { graphPlaces } from './graphPlaces';
import { importSources, type SourceCitation } from './graphSources';
import { titleFromFile, whenOf } from './graphWhen';

const ID = /^[a-z0-9][a-z0-9-]*$/;

const listed = (ids: readonly string[]) => ids.join(', ');

export function importGraph(graph: ForeignGraph, file: string): Imported {
  const issues: Issue[] = [];
  const error = (path: string, message: string) => issues.push({ severity: 'error', file, path, message });
  const at = (place: string, attribute: string) => `${place}, attribute "${attribute}"`;
  const taken = new Set<string>();
  const fresh = (written: string, name: string, fallback: string) => {
    const id = ID.test(written) && !taken.has(written) ? written : uniqueId(written || name, fallback, taken);
    taken.add(id);
    return id;
  };

  const nodeIds = new Map<string, string>();
  const nodes = graph.nodes.filter((node) => {
    if (node.id === '') error(node.place, 'has no id; give every node an id that its edges name');
    else if (nodeIds.has(node.id))
      error(at(node.place, 'id'), `"${node.id}" is the id of an earlier node too; give each node its own id`);
    else {
      nodeIds.set(node.id, '');
      return true;
    }
    return false;
  });
  const noDescription: string[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  const actors = nodes.map((node) => {
    const id = fresh(node.id, node.label ?? '', 'actor');
    nodeIds.set(node.id, id);
    if (node.position) positions.set(id, node.position);
    const description = valueOf(node, FIELDS.description)?.value;
    if (description === undefined) noDescription.push(node.place);
    return {
      id,
      label: node.label?.trim() || node.id,
      type: typeOf(valueOf(node, FIELDS.actorType), ACTOR_TYPES, ACTOR_TYPE_IDS, 'actor', node.place),
      aliases: splitValues(valueOf(node, FIELDS.aliases)?.value, NAMES).filter((a) => a !== ''),
      description: description ?? 'No description yet.',
    };
  });
  nodes.forEach((node, i) => {
    const written = valueOf(node, FIELDS.parent);
    const parent = written?.value ?? node.parent;
    if (parent === undefined) return;
    const id = nodeIds.get(parent);
    if (id) Object.assign(actors[i]!, { parent: id });
    else
      error(
        written ? at(node.place, written.name) : node.place,
        `its parent "${parent}" is not the id of any node; name a node of this file or leave it out`,
      );
  });

  /** One of the registry's ids, or undefined after an error naming the attribute to set. */
  function typeOf<K extends string>(
    written: { name: string; value: string } | undefined,
    registry: Readonly<Record<K, { label: string; plural?: string }>>,
    ids: readonly string[],
    what: 'actor' | 'relation',
    place: string,
  ): K | undefined {
    const attribute = `${what}_type`;
    if (written === undefined) {
      error(place, `has no ${what} type; give it an attribute "${attribute}" with one of: ${listed(ids)}`);
      return undefined;
    }
    const id = registryId(written.value, registry);
    if (id === undefined)
      error(
        at(place, written.name),
        `"${written.value}" is not ${what === 'actor' ? 'an' : 'a'} ${what} type; use one of: ${listed(ids)}`,
      );
    return id;
  }

  const edgeIds = new Map<string, string>();
  const relationIds = graph.edges.map((edge) => {
    const id = fresh(edge.id ?? '', `${edge.source} ${edge.target}`, 'relation');
    if (edge.id !== undefined && !edgeIds.has(edge.id)) edgeIds.set(edge.id, id);
    return id;
  });
  const labels = new Map(actors.map((a) => [a.id, a.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const actorsNamed = (edge: ForeignEdge, attribute: string, written: string) =>
    splitValues(written, NAMES).map((name) => {
      const id = nodeIds.get(name);
      if (id === undefined)
        error(
          at(edge.place, attribute),
          `"${name}" is not the id of any node; name nodes of this file by their ids`,
        );
      return id ?? name;
    });
  const sources = importSources(fresh, error, at);
  const citations: SourceCitation[] = [];
  const noClaim: string[] = [];
  let undirected = 0;

  const relations = graph.edges.map((edge, i) => {
    const [source, target] = (['source', 'target'] as const).map((end) => {
      const id = nodeIds.get(edge[end]);
      if (edge[end] === '')
        error(
          edge.place,
          `has no ${end}; name the node it ${end === 'source' ? 'starts from' : 'points to'}`,
        );
      else if (id === undefined)
        error(
          at(edge.place, end),
          `"${edge[end]}" is not the id of any node; add the node or fix the edge's ${end}`,
        );
      return id ?? edge[end];
    }) as [string, string];
    // A foreign edge may say its type by its kind (GEXF) or its label alone.
    const named = (['kind', 'label'] as const).find(
      (key) => edge[key] && registryId(edge[key], RELATION_TYPES),
    );
    const written = valueOf(edge, FIELDS.relationType) ?? (named && { name: named, value: edge[named]! });
    const type = typeOf(written, RELATION_TYPES, RELATION_TYPE_IDS, 'relation', edge.place);
    const label = edge.label?.trim() || (type ? RELATION_TYPES[type].verb : 'relates to');
    const claim = valueOf(edge, FIELDS.claim)?.value;
    if (claim === undefined) noClaim.push(edge.place);
    if (!edge.directed) undirected++;
    const attributed = valueOf(edge, FIELDS.attributedTo);
    const stance = valueOf(edge, FIELDS.stance)?.value;
    const when = whenOf(edge, (path, message) => issues.push({ severity: 'warning', file, path, message }));
    return {
      id: relationIds[i]!,
      source,
      target,
      type: type ?? '',
      label,
      claim: claim ?? `${labelOf(source)} ${label} ${labelOf(target)}.`,
      evidence: sources.evidenceOf(edge, i, citations),
      ...(when ? { when } : {}),
      ...(stance ? { stance } : {}),
      ...(attributed ? { attributedTo: actorsNamed(edge, attributed.name, attributed.value) } : {}),
    };
  });
  graph.edges.forEach((edge, i) => {
    const ends = valueOf(edge, FIELDS.ends);
    if (!ends) return;
    const ids = splitValues(ends.value, NAMES).map((name) => {
      const id = edgeIds.get(name);
      if (id === undefined)
        error(at(edge.place, ends.name), `"${name}" is not the id of any edge; "ends" lists edges by id`);
      return id ?? name;
    });
    Object.assign(relations[i]!, { ends: ids });
  });

  const warnAll = (places: readonly string[], message: (n: number) => string) => {
    if (places.length > 0)
      issues.push({ severity: 'warning', file, path: places[0]!, message: message(places.length) });
  };
  warnAll(
    noDescription,
    (n) =>
      `${n} node(s) have no "description" (this is the first); each reads "No description yet." until you write one line`,
  );
  warnAll(
    noClaim,
    (n) =>
      `${n} edge(s) have no "claim" (this is the first); each reads "Source label Target." until you write one sentence in our words`,
  );
  for (const { place, message } of graph.skipped)
    issues.push({ severity: 'warning', file, path: place, message });
  if (undirected > 0)
    issues.push({
      severity: 'warning',
      file,
      path: graph.place,
      message: `${undirected} edge(s) are undirected; each is read as pointing from its source to its target: check that every arrow points the way the relation runs`,
    });
  if (hasErrors(issues)) return { ok: false, issues };

  const json = {
    format: 'leverage-map',
    version: 1,
    title: graph.title ?? titleFromFile(file),
    description: graph.description ?? `Imported from ${baseName(file)}.`,
    sources: sources.list,
    actors,
    relations,
    ...(positions.size > 0 ? { positions: Object.fromEntries(positions) } : {}),
  };
  return {
    ok: true,
    json,
    issues,
    placeOf: graphPlaces(
      file,
      graph,
      nodes,
      actors.map((a) => a.id),
      citations,
    ),
  };
}
