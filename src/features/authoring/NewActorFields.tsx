import type { ActorType } from '../../domain/actorTypes';
import { ActorTypeOptions } from './ActorTypeOptions';
import { Field } from './Field';
import type { NewActorDraft } from './relationDraft';

interface NewActorFieldsProps {
  actor: NewActorDraft;
  onChange: (actor: NewActorDraft) => void;
  errors: { type?: string | undefined; description?: string | undefined };
}

/** What the map needs to know of an actor made from a relation's end: its type, other names, a line. */
export function NewActorFields({ actor, onChange, errors }: NewActorFieldsProps) {
  const set = <K extends keyof NewActorDraft>(key: K, value: NewActorDraft[K]) =>
    onChange({ ...actor, [key]: value });
  return (
    <fieldset className="authoring-new-actor">
      <legend>New actor “{actor.name}”</legend>
      <Field label="Actor type" error={errors.type}>
        {(control) => (
          <select
            {...control}
            aria-required
            value={actor.type}
            onChange={(e) => set('type', e.target.value as ActorType | '')}
          >
            <option value="">Choose a type…</option>
            <ActorTypeOptions />
          </select>
        )}
      </Field>
      <Field label="Aliases" hint="Optional. Other names the sources use, separated by commas.">
        {(control) => (
          <input
            {...control}
            type="text"
            value={actor.aliases}
            onChange={(e) => set('aliases', e.target.value)}
          />
        )}
      </Field>
      <Field label="Description" hint="One line in your own words." error={errors.description}>
        {(control) => (
          <input
            {...control}
            type="text"
            aria-required
            value={actor.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}
