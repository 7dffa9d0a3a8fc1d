import { groupActorRelations } from '../../domain/actorRelations';
import type { GraphIndex } from '../../domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../domain/relationTypes';
import { DetailsSection } from './DetailsSection';
import { RelationButtonList } from './RelationButtonList';
import { Swatch } from './Swatch';

/** An actor's relations by type and direction, with counts, each one a way to select it. */
export function ActorRelations({ index, actorId }: { index: GraphIndex; actorId: string }) {
  const groups = groupActorRelations(index, actorId);
  const total = groups.reduce((sum, g) => sum + g.relations.length, 0);
  return (
    <DetailsSection title={`Relations (${total})`}>
      {total === 0 && <p className="muted">No relation in this dataset involves this actor.</p>}
      {groups.map((group) => {
        const type = RELATION_TYPES[group.type];
        return (
          <div key={`${group.type}-${group.direction}`} className="relation-group">
            <h4 className="relation-group-heading">
              <Swatch color={RELATION_CATEGORIES[type.category].color} />
              {type.label} — {group.direction} ({group.relations.length})
            </h4>
            <RelationButtonList index={index} relations={group.relations} />
          </div>
        );
      })}
    </DetailsSection>
  );
}
