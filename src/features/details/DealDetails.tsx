import type { GraphIndex } from '../../domain/graphIndex';
import type { Deal, Relation } from '../../domain/schema';
import { EditControls } from './EditControls';
import { DetailsSection } from './DetailsSection';
import { EvidenceQuotes } from './EvidenceQuotes';
import { RelationButtonList } from './RelationButtonList';
import { StanceText } from './StanceText';
import { WhenFact } from './WhenText';

export function DealDetails({ index, deal }: { index: GraphIndex; deal: Deal }) {
  const members = deal.relations
    .map((id) => index.relations.get(id))
    .filter((r): r is Relation => r !== undefined);
  return (
    <>
      <p className="details-kicker">
        <span className="deal-icon" aria-hidden="true">
          ⇄
        </span>
        Deal
      </p>
      <h2 className="details-title" tabIndex={-1}>
        {deal.label}
      </h2>
      <p className="details-claim">{deal.summary}</p>
      <EditControls kind="deal" id={deal.id} />
      <dl className="details-facts">
        <WhenFact when={deal.when} />
        <div>
          <dt>Stance</dt>
          <dd>
            <StanceText index={index} stance={deal.stance} />
          </dd>
        </div>
      </dl>
      <DetailsSection title={`Relations in this deal (${members.length})`}>
        <RelationButtonList index={index} relations={members} />
      </DetailsSection>
      <DetailsSection title="Evidence">
        <EvidenceQuotes index={index} elementId={deal.id} evidence={deal.evidence} />
      </DetailsSection>
    </>
  );
}
