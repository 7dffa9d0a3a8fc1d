import { WhenFact } from './WhenText';
import { actorLabel, directionInWords, relationSources, shortSourceName } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../domain/relationTypes';
import type { Relation } from '../../domain/schema';
import { CONTESTED_MARK } from '../../domain/stances';
import { leverageInWords } from '../../domain/leverage/inWords';
import { LEVER_KINDS } from '../../domain/leverage/semantics';
import { ContestSection } from './ContestSection';
import { DealMembership } from './DealMembership';
import { DetailsSection } from './DetailsSection';
import { EditControls } from './EditControls';
import { EvidenceQuotes } from './EvidenceQuotes';
import { FigureComparison } from './FigureComparison';
import { FigureTable } from './FigureTable';
import { SelectButton } from './SelectButton';
import { StanceText } from './StanceText';
import { Swatch } from './Swatch';

export function RelationDetails({ index, relation }: { index: GraphIndex; relation: Relation }) {
  const type = RELATION_TYPES[relation.type];
  const category = RELATION_CATEGORIES[type.category];
  const deals = index.dealsOfRelation.get(relation.id) ?? [];
  const sources = relationSources(relation);
  return (
    <>
      <p className="details-kicker">
        <Swatch color={category.color} />
        <span title={type.description}>{type.label}</span>
        <span className="muted"> · {category.label}</span>
        {relation.contested && (
          <span className="badge badge-contested">
            <span aria-hidden="true">{CONTESTED_MARK} </span>Contested
          </span>
        )}
      </p>
      <h2 className="details-title" tabIndex={-1}>
        {directionInWords(index, relation)}
      </h2>
      <p className="details-ends">
        From{' '}
        <SelectButton target={{ kind: 'actor', id: relation.source }}>
          {actorLabel(index, relation.source)}
        </SelectButton>{' '}
        to{' '}
        <SelectButton target={{ kind: 'actor', id: relation.target }}>
          {actorLabel(index, relation.target)}
        </SelectButton>
        <span className="muted"> · arrow {type.direction}</span>
      </p>
      <p className="details-claim">{relation.claim}</p>
      <EditControls kind="relation" id={relation.id} />
      {relation.figures && <FigureComparison index={index} figures={relation.figures} />}
      <dl className="details-facts">
        <WhenFact when={relation.when} />
        <div>
          <dt>Leverage</dt>
          <dd>
            {leverageInWords(index, relation)}
            <span className="muted details-leverage-why">
              {' '}
              — {type.leverage.flow === 'none' ? '' : `${LEVER_KINDS[type.leverage.kind].verb}. `}
              {type.leverage.reason}
            </span>
          </dd>
        </div>
        <div>
          <dt>Stance</dt>
          <dd>
            <StanceText index={index} stance={relation.stance} attributedTo={relation.attributedTo} />
          </dd>
        </div>
        {deals.length > 0 && (
          <div>
            <dt>Deal</dt>
            <dd>
              {deals.map((deal, i) => (
                <span key={deal.id}>
                  {i > 0 && ', '}
                  <SelectButton target={{ kind: 'deal', id: deal.id }}>{deal.label}</SelectButton>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {relation.contested && (
        <ContestSection index={index} relationId={relation.id} contest={relation.contested} />
      )}
      <DetailsSection
        title={
          <>
            Evidence
            {sources.length > 1 && <span className="badge badge-corroborated">{sources.length} sources</span>}
          </>
        }
      >
        {sources.length > 1 && (
          <p className="muted details-note">
            Corroborated: quoted from{' '}
            {sources
              .map((id) => {
                const source = index.sources.get(id);
                return source ? shortSourceName(source) : id;
              })
              .join(' and ')}
            .
          </p>
        )}
        <EvidenceQuotes index={index} elementId={relation.id} evidence={relation.evidence} />
      </DetailsSection>
      {relation.figures && relation.figures.length > 0 && (
        <FigureTable index={index} figures={relation.figures} />
      )}
      {deals.map((deal) => (
        <DealMembership key={deal.id} index={index} relation={relation} deal={deal} />
      ))}
    </>
  );
}
