/**
 * Cytoscape JSON (.cyjs): what Cytoscape desktop writes and reads with File → Import →
 * Network from File, and what cytoscape.js takes as `elements` or through cy.json(). Node
 * and edge data hold the attributes of graphAttributes.ts, lists as JSON arrays (desktop
 * makes them list columns); ids are strings; desktop's own columns are there too: "name" and
 * "shared_name" for a label, "interaction" and "shared_interaction" for the relation type.
 * No SUID: desktop gives its own on import. Saved positions go in each node's `position`.
 */
import { ACTOR_TYPES } from '../../domain/actorTypes';
import type { Exporter } from './format';
import {
  creditLine,
  EDGE_ATTRIBUTES,
  graphContext,
  NODE_ATTRIBUTES,
  type AttributeValue,
  type GraphAttribute,
  type GraphContext,
} from './graphAttributes';
import { droppedFromGraph } from './graphDropped';

function attributes<T>(item: T, list: readonly GraphAttribute<T>[], map: GraphContext) {
  const data: Record<string, Exclude<AttributeValue, undefined>> = {};
  for (const attribute of list) {
    const value = attribute.value(item, map);
    if (value !== undefined && value !== '') data[attribute.name] = value;
  }
  return data;
}

export const exportCytoscapeJson: Exporter = ({ dataset }, name) => {
  const map = graphContext(dataset);
  const positions = dataset.positions ?? {};
  const labels = new Map(dataset.actors.map((a) => [a.id, a.label]));
  const nodes = dataset.actors.map((actor) => ({
    data: {
      id: actor.id,
      name: actor.label,
      shared_name: actor.label,
      label: actor.label,
      ...attributes(actor, NODE_ATTRIBUTES, map),
      color: ACTOR_TYPES[actor.type].color,
    },
    ...(Object.hasOwn(positions, actor.id)
      ? { position: { x: positions[actor.id]!.x, y: positions[actor.id]!.y } }
      : {}),
  }));
  const edges = dataset.relations.map((relation) => ({
    data: {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      interaction: relation.type,
      shared_interaction: relation.type,
      name: relation.label,
      // Desktop names an edge "source (interaction) target"; its shared name keeps that form.
      shared_name: `${labels.get(relation.source) ?? relation.source} (${relation.type}) ${labels.get(relation.target) ?? relation.target}`,
      label: relation.label,
      ...attributes(relation, EDGE_ATTRIBUTES, map),
    },
  }));
  const json = {
    format_version: '1.0',
    generated_by: 'Leverage Map',
    target_cytoscapejs_version: '~3.x',
    data: {
      name: dataset.title,
      shared_name: dataset.title,
      description: dataset.description,
      // The publishers whose words the quotes are, credited with the map.
      credits: dataset.sources.map(creditLine),
    },
    elements: { nodes, edges },
  };
  return {
    files: [
      { path: `${name}.cyjs`, content: `${JSON.stringify(json, null, 2)}\n`, mime: 'application/json' },
    ],
    dropped: droppedFromGraph(map, { joinsLists: false }),
  };
};
