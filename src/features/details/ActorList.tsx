import { Fragment, useState } from 'react';
import { actorLabel } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { SelectButton } from './SelectButton';

/**
 * "Avalon, Brightland and Carthage", each a button that selects the actor. Past `limit`
 * the rest waits behind a "more" button: Belarus alone has seventeen parts, and the list
 * would push its relations out of sight.
 */
export function ActorList({
  index,
  ids,
  limit,
}: {
  index: GraphIndex;
  ids: readonly string[];
  limit?: number;
}) {
  const [expanded, setExpanded] = useState(false);
  const cut = limit !== undefined && !expanded && ids.length > limit + 1;
  const shown = cut ? ids.slice(0, limit) : ids;
  return (
    <>
      {shown.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && (i === ids.length - 1 ? ' and ' : ', ')}
          <SelectButton target={{ kind: 'actor', id }}>{actorLabel(index, id)}</SelectButton>
        </Fragment>
      ))}
      {cut && (
        <>
          {' '}
          <button type="button" className="btn-link" onClick={() => setExpanded(true)}>
            and {ids.length - shown.length} more
          </button>
        </>
      )}
    </>
  );
}
