import { useState, type ReactNode } from 'react';
import { actorLabel, formatCount, relationSentence } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Lever } from '../../domain/leverage/leverageGraph';
import { leverageHeldBy, leverageOver } from '../../domain/leverage/levers';
import { LEVER_KINDS } from '../../domain/leverage/semantics';
import { STANCE_INFO } from '../../domain/stances';
import { ContestedMark } from '../details/ContestedMark';
import { useAppStore } from '../../store/appStore';
import { DetailsSection } from '../details/DetailsSection';
import { SelectButton } from '../details/SelectButton';
import './leverage.css';

/** Enough lines per kind to read at a glance; the rest one click away. */
const SHOWN = 5;

interface ActorLeversProps {
  index: GraphIndex;
  actorId: string;
  /** "over": who can move the actor; "held": whom the actor can move. */
  direction: 'over' | 'held';
}

/** An actor's levers one way, grouped by kind, each line selecting its relation. */
export function ActorLevers({ index, actorId, direction }: ActorLeversProps) {
  const setPathsOpen = useAppStore((s) => s.setPathsOpen);
  const { groups, chains } =
    direction === 'over' ? leverageOver(index, actorId) : leverageHeldBy(index, actorId);
  const name = actorLabel(index, actorId);
  const title = direction === 'over' ? `Leverage over ${name}` : `${name}’s levers`;
  return (
    <DetailsSection title={title} className="actor-levers">
      {groups.length === 0 && (
        <p className="muted">
          {direction === 'over'
            ? `No relation in this map gives anyone a lever over ${name}.`
            : `${name} holds no lever in this map.`}
        </p>
      )}
      {groups.map((group) => (
        <LeverGroup
          key={group.kind}
          heading={`${LEVER_KINDS[group.kind].label[0]!.toUpperCase()}${LEVER_KINDS[group.kind].label.slice(1)}`}
          hint={LEVER_KINDS[group.kind].verb}
          levers={group.levers}
          render={(lever) => (
            <>
              {relationSentence(index, lever.relation)}
              {lever.relation.contested && <ContestedMark />}
              {lever.relation.stance !== 'asserted' && (
                <span className="muted"> ({STANCE_INFO[lever.relation.stance].label.toLowerCase()})</span>
              )}
            </>
          )}
        />
      ))}
      {chains.length > 0 && (
        <div className="lever-group">
          <h4 className="lever-group-heading">Through others</h4>
          <ul className="lever-lines">
            {chains.map((chain) => (
              <li key={`${chain.first.relation.id}>${chain.second.relation.id}`}>
                {actorLabel(index, chain.first.holder)} → {actorLabel(index, chain.via)} →{' '}
                {actorLabel(index, chain.second.subject)}:{' '}
                <SelectButton target={{ kind: 'relation', id: chain.first.relation.id }}>
                  {relationSentence(index, chain.first.relation)}
                </SelectButton>
                , then{' '}
                <SelectButton target={{ kind: 'relation', id: chain.second.relation.id }}>
                  {relationSentence(index, chain.second.relation)}
                </SelectButton>
              </li>
            ))}
          </ul>
        </div>
      )}
      {groups.length > 0 && (
        <button
          type="button"
          className="btn-link lever-find"
          onClick={() => setPathsOpen(true, direction === 'over' ? { to: actorId } : { from: actorId })}
        >
          {direction === 'over' ? `Find paths to ${name}` : `Find paths from ${name}`}
        </button>
      )}
    </DetailsSection>
  );
}

function LeverGroup({
  heading,
  hint,
  levers,
  render,
}: {
  heading: string;
  hint: string;
  levers: readonly Lever[];
  render: (lever: Lever) => ReactNode;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? levers : levers.slice(0, SHOWN);
  return (
    <div className="lever-group">
      <h4 className="lever-group-heading">
        {heading}{' '}
        <span className="muted">
          ({hint}) · {levers.length}
        </span>
      </h4>
      <ul className="lever-lines">
        {shown.map((lever) => (
          <li key={`${lever.relation.id}:${lever.holder}`}>
            <SelectButton target={{ kind: 'relation', id: lever.relation.id }}>{render(lever)}</SelectButton>
          </li>
        ))}
      </ul>
      {levers.length > SHOWN && (
        <button type="button" className="btn-link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${formatCount(levers.length, 'lever')}`}
        </button>
      )}
    </div>
  );
}
