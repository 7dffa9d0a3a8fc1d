import { actorLabel } from '../../domain/format';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';
import { ActorCombobox } from './ActorCombobox';
import { Field } from './Field';
import { NewActorFields } from './NewActorFields';
import { newActorDraft, type EndDraft } from './relationDraft';

interface ActorEndFieldProps {
  label: 'From' | 'To';
  hint: string;
  value: EndDraft;
  onChange: (value: EndDraft) => void;
  /** A new relation may make its actors; an edited one picks among those on the map. */
  allowNew: boolean;
  errors: { end?: string | undefined; type?: string | undefined; description?: string | undefined };
}

/** One end of a relation: an actor found by name, or a new one with the fields it needs. */
export function ActorEndField({ label, hint, value, onChange, allowNew, errors }: ActorEndFieldProps) {
  const index = useAppStore(selectIndex);
  const initialQuery = value?.kind === 'actor' && index ? actorLabel(index, value.id) : '';
  return (
    <div className="authoring-end">
      <Field label={label} hint={hint} error={errors.end}>
        {(control) => (
          <ActorCombobox
            control={control}
            label={label}
            initialQuery={initialQuery}
            allowNew={allowNew}
            placeholder="Type a name…"
            onChoose={(choice) => onChange(choice.kind === 'actor' ? choice : newActorDraft(choice.name))}
            onType={() => {
              if (value) onChange(null);
            }}
          />
        )}
      </Field>
      {value?.kind === 'new' && (
        <NewActorFields
          actor={value}
          onChange={(actor) => onChange({ kind: 'new', ...actor })}
          errors={{ type: errors.type, description: errors.description }}
        />
      )}
    </div>
  );
}
