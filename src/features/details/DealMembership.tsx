import { relationSentence } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Deal, Relation } from '../../domain/schema';
import { DetailsSection } from './DetailsSection';
import { RelationButtonList } from './RelationButtonList';
import { SelectButton } from './SelectButton';

/** The trade a relation is one side of, and the relations on its other sides. */
export function DealMembership({
  index,
  relation,
  deal,
}: {
  index: GraphIndex;
  relation: Relation;
  deal: Deal;
}) {
  const others = deal.relations
    .filter((id) => id !== relation.id)
    .map((id) => index.relations.get(id))
    .filter((r): r is Relation => r !== undefined);
  return (
    <DetailsSection title={`Part of a deal: ${deal.label}`} className="deal-membership">
      <p>{deal.summary}</p>
      <p className="details-label">In this deal, besides “{relationSentence(index, relation)}”:</p>
      <RelationButtonList index={index} relations={others} />
      <p>
        <SelectButton target={{ kind: 'deal', id: deal.id }}>Show the whole deal</SelectButton>
      </p>
    </DetailsSection>
  );
}
