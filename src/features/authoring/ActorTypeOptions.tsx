import { ACTOR_TYPE_IDS, ACTOR_TYPES } from '../../domain/actorTypes';

/** The actor types as <option>s, each with what it covers. */
export function ActorTypeOptions() {
  return ACTOR_TYPE_IDS.map((type) => (
    <option key={type} value={type}>
      {ACTOR_TYPES[type].label}: {ACTOR_TYPES[type].description}
    </option>
  ));
}
