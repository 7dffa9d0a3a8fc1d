import { actorLabel } from '../../domain/format';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';
import { ActorCombobox } from './ActorCombobox';
import { Field } from './Field';

interface AttributedToFieldProps {
  /** The picker's name: "Attributed to", or "Held by" for a contested position. */
  label?: string;
  hint?: string;
  value: readonly string[];
  onChange: (ids: readonly string[]) => void;
  error: string | undefined;
}

/** The actors an attributed claim is reported from: picked one by one, each removable. */
export function AttributedToField({
  label = 'Attributed to',
  hint = 'Who the text reports as making the claim: actors already on the map.',
  value,
  onChange,
  error,
}: AttributedToFieldProps) {
  const index = useAppStore(selectIndex);
  const name = (id: string) => (index ? actorLabel(index, id) : id);
  return (
    <div className="authoring-attributed">
      <Field label={label} hint={hint} error={error}>
        {(control) => (
          <ActorCombobox
            control={control}
            label={label}
            allowNew={false}
            clearOnChoose
            placeholder="Type a name…"
            onChoose={(choice) => {
              if (choice.kind !== 'actor') return;
              if (!value.includes(choice.id)) onChange([...value, choice.id]);
            }}
          />
        )}
      </Field>
      {value.length > 0 && (
        <ul
          className="authoring-chips"
          aria-label={label === 'Attributed to' ? 'Claim attributed to' : label}
        >
          {value.map((id) => (
            <li key={id} className="authoring-chip">
              <span>{name(id)}</span>
              <button
                type="button"
                className="btn-icon"
                aria-label={`Remove ${name(id)}`}
                onClick={(event) => {
                  // The button goes with its actor; focus goes back to the picker, not the page.
                  event.currentTarget.closest('.authoring-attributed')?.querySelector('input')?.focus();
                  onChange(value.filter((other) => other !== id));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
