import { childrenOf } from '../../domain/actorRelations';
import { ACTOR_TYPES } from '../../domain/actorTypes';
import { actorLabel } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Actor } from '../../domain/schema';
import { ActorLevers } from '../leverage/ActorLevers';
import { ActorList } from './ActorList';
import { ActorRelations } from './ActorRelations';
import { ActorTypeIcon } from './ActorTypeIcon';
import { ArrangeControl } from './ArrangeControl';
import { EditControls } from './EditControls';
import { FocusControl } from './FocusControl';
import { SelectButton } from './SelectButton';
import './actor.css';

export function ActorDetails({ index, actor }: { index: GraphIndex; actor: Actor }) {
  const type = ACTOR_TYPES[actor.type];
  const children = childrenOf(index, actor.id);
  return (
    <>
      <p className="details-kicker">
        <ActorTypeIcon type={actor.type} />
        <span title={type.description}>{type.label}</span>
      </p>
      <h2 className="details-title" tabIndex={-1}>
        {actor.label}
      </h2>
      {actor.aliases.length > 0 && <p className="details-aliases">Also called: {actor.aliases.join(', ')}</p>}
      <p className="details-claim">{actor.description}</p>
      <EditControls kind="actor" id={actor.id} />
      {(actor.parent !== undefined || children.length > 0) && (
        <dl className="details-facts">
          {actor.parent !== undefined && (
            <div>
              <dt>Part of</dt>
              <dd>
                <SelectButton target={{ kind: 'actor', id: actor.parent }}>
                  {actorLabel(index, actor.parent)}
                </SelectButton>
              </dd>
            </div>
          )}
          {children.length > 0 && (
            <div>
              <dt>Includes</dt>
              <dd>
                <ActorList index={index} ids={children.map((c) => c.id)} limit={6} />
              </dd>
            </div>
          )}
        </dl>
      )}
      <FocusControl />
      <ArrangeControl />
      <ActorLevers index={index} actorId={actor.id} direction="over" />
      <ActorLevers index={index} actorId={actor.id} direction="held" />
      <ActorRelations index={index} actorId={actor.id} />
    </>
  );
}
