import { ACTOR_TYPES, type ActorType } from '../../domain/actorTypes';

/**
 * The actor's node shape in its type colour, as in the graph. Shapes are drawn with
 * clip-path in details.css, named after the cytoscape shape so the two stay in step.
 */
export function ActorTypeIcon({ type }: { type: ActorType }) {
  const info = ACTOR_TYPES[type];
  return (
    <span
      className={`actor-icon actor-icon-${info.shape}`}
      style={{ background: info.color }}
      aria-hidden="true"
    />
  );
}
