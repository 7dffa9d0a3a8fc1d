import type { GraphIndex } from '../../domain/graphIndex';
import type { Stance } from '../../domain/schema';
import { STANCE_INFO } from '../../domain/stances';
import { LineSwatch } from '../sidebar/LineSwatch';
import { ActorList } from './ActorList';

/**
 * Who says so, in words, with a sample of the line style the graph uses for it, so the
 * panel teaches the legend as it goes.
 */
export function StanceText({
  index,
  stance,
  attributedTo = [],
}: {
  index: GraphIndex;
  stance: Stance;
  attributedTo?: readonly string[];
}) {
  return (
    <span className="stance">
      <LineSwatch line={STANCE_INFO[stance].line} width={22} />
      {stance === 'asserted' && 'Asserted by the author'}
      {stance === 'attributed' &&
        (attributedTo.length ? (
          <>
            Attributed to <ActorList index={index} ids={attributedTo} />
          </>
        ) : (
          'Attributed to others by the author'
        ))}
      {stance === 'recommended' && 'Recommended by the author'}
      {stance === 'hypothetical' && 'Hypothetical: the text says it might happen'}
    </span>
  );
}
