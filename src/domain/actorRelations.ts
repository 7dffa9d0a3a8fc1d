/**
 * An actor's relations as the details panel lists them: grouped by type and direction, in
 * registry order (so related types sit together), outgoing before incoming.
 */
import type { Actor } from './schema';
import type { GraphIndex } from './graphIndex';
import { RELATION_TYPE_IDS, type RelationType } from './relationTypes';
import type { Relation } from './schema';

export type RelationDirection = 'outgoing' | 'incoming';

export interface RelationGroup {
  type: RelationType;
  direction: RelationDirection;
  relations: readonly Relation[];
}

export function groupActorRelations(index: GraphIndex, actorId: string): RelationGroup[] {
  const groups: RelationGroup[] = [];
  const lists: Record<RelationDirection, readonly Relation[]> = {
    outgoing: index.outgoing.get(actorId) ?? [],
    // A relation from an actor to itself is listed once, as outgoing.
    incoming: (index.incoming.get(actorId) ?? []).filter((r) => r.source !== actorId),
  };
  for (const type of RELATION_TYPE_IDS) {
    for (const direction of ['outgoing', 'incoming'] as const) {
      const relations = lists[direction].filter((r) => r.type === type);
      if (relations.length) groups.push({ type, direction, relations });
    }
  }
  return groups;
}

/** Actors whose parent is this one, by label. */
export function childrenOf(index: GraphIndex, actorId: string): Actor[] {
  return [...index.actors.values()]
    .filter((a) => a.parent === actorId)
    .sort((a, b) => a.label.localeCompare(b.label));
}
