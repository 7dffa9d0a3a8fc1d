import { CONTESTED_MARK } from '../../domain/stances';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Contest } from '../../domain/schema';
import { ActorList } from './ActorList';
import { DetailsSection } from './DetailsSection';
import { EvidenceQuotes } from './EvidenceQuotes';
import './contest.css';

/** Each side of a dispute the text reports, with its own actors and its own quotes. */
export function ContestSection({
  index,
  relationId,
  contest,
}: {
  index: GraphIndex;
  relationId: string;
  contest: Contest;
}) {
  return (
    <DetailsSection title="Contested" className="contest">
      <p className="contest-summary">{contest.summary}</p>
      <ul className="positions">
        {contest.positions.map((pos, k) => (
          <li key={k} className={`position position-${pos.position}`}>
            <h4 className="position-heading">
              <ActorList index={index} ids={pos.actors} />{' '}
              <span className={`badge position-badge position-badge-${pos.position}`}>
                {pos.position === 'disputes' ? `${CONTESTED_MARK} ` : ''}
                {pos.position}
              </span>
            </h4>
            <p className="position-claim">{pos.claim}</p>
            <EvidenceQuotes
              index={index}
              elementId={relationId}
              evidence={pos.evidence}
              list={{ kind: 'position', position: k }}
            />
          </li>
        ))}
      </ul>
    </DetailsSection>
  );
}
