import { useMemo } from 'react';
import type { GraphIndex } from '../../domain/graphIndex';
import { sortRelations, type RelationSort } from '../../domain/relationOrder';
import type { Relation } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { selectVisibility } from '../../store/selectors';

/** The relations the filters let through, narrowed to one actor's when asked, in the chosen order. */
export function useRelationRows(index: GraphIndex | null, sort: RelationSort, onlyActorId: string | null) {
  const visibility = useAppStore(selectVisibility);
  return useMemo(() => {
    if (!index || !visibility) return { rows: [], visibleCount: 0, focus: null };
    const visible: Relation[] = [];
    for (const id of visibility.relations) {
      const rel = index.relations.get(id);
      if (rel) visible.push(rel);
    }
    const mine =
      onlyActorId === null
        ? visible
        : visible.filter((r) => r.source === onlyActorId || r.target === onlyActorId);
    return { rows: sortRelations(index, mine, sort), visibleCount: visible.length, focus: visibility.focus };
  }, [index, visibility, sort, onlyActorId]);
}
