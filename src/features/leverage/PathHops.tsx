import { actorLabel } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { leverInWords } from '../../domain/leverage/inWords';
import type { LeveragePath } from '../../domain/leverage/paths';
import { RELATION_TYPES } from '../../domain/relationTypes';
import { EvidenceQuotes } from '../details/EvidenceQuotes';
import { RelationButtonList } from '../details/RelationButtonList';
import { SelectButton } from '../details/SelectButton';

/** Every step of a chosen path: the lever, the relation's claim and its verbatim quotes. */
export function PathHops({ index, path, rank }: { index: GraphIndex; path: LeveragePath; rank: number }) {
  return (
    <>
      <p className="muted path-map-note">
        On the map the steps are numbered in order; each arrow keeps its relation’s own direction, which a
        lever can run against (a dependency’s leverage lies with the side depended on).
      </p>
      <ol className="path-hops" aria-label={`Steps of path ${rank + 1}`}>
        {path.hops.map((hop, i) => {
          const { relation } = hop.lever;
          return (
            <li key={`${hop.from}>${hop.to}`} className="path-hop">
              <h4 className="path-hop-title">
                <span className="path-step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="visually-hidden">Step {i + 1}: </span>
                {actorLabel(index, hop.from)} → {actorLabel(index, hop.to)}
              </h4>
              <p className="path-hop-lever">
                Leverage: {leverInWords(index, hop.lever)}.{' '}
                <span className="muted">{RELATION_TYPES[relation.type].leverage.reason}</span>
              </p>
              <p className="path-hop-claim">
                <SelectButton target={{ kind: 'relation', id: relation.id }}>{relation.claim}</SelectButton>
              </p>
              <EvidenceQuotes index={index} elementId={relation.id} evidence={relation.evidence} />
              {hop.also.length > 0 && (
                <div className="path-hop-also">
                  <p className="muted">Also between them:</p>
                  <RelationButtonList index={index} relations={hop.also.map((lever) => lever.relation)} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
