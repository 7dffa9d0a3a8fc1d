import { useMemo, useState } from 'react';
import { withoutUndefined } from '../../domain/edits/cascade';
import type { ActorType } from '../../domain/actorTypes';
import { useAppStore } from '../../store/appStore';
import { selectLoaded } from '../../store/selectors';
import { ActorTypeOptions } from './ActorTypeOptions';
import { Field } from './Field';
import { FormDialog, GoneDialog } from './FormDialog';
import { splitList, useFieldErrors } from './useFieldErrors';

type ActorField = 'label' | 'description';

/** An actor's name, type, other names, line of description and what it is part of. */
export function ActorForm({ actorId }: { actorId: string }) {
  const map = useAppStore(selectLoaded);
  const actor = map?.dataset.actors.find((a) => a.id === actorId);
  const [label, setLabel] = useState(actor?.label ?? '');
  const [type, setType] = useState<ActorType>(actor?.type ?? 'state');
  const [aliases, setAliases] = useState(actor?.aliases.join(', ') ?? '');
  const [description, setDescription] = useState(actor?.description ?? '');
  const [parent, setParent] = useState(actor?.parent ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const { errors, check, formRef } = useFieldErrors<ActorField>();
  // Any other actor may be its parent; a cycle is refused, with the validator's sentence.
  const others = useMemo(
    () =>
      (map?.dataset.actors ?? [])
        .filter((a) => a.id !== actorId)
        .sort((a, b) => a.label.localeCompare(b.label)),
    [map, actorId],
  );
  if (!actor) return <GoneDialog what="actor" />;

  const save = async () => {
    setRefusal(null);
    const found: Partial<Record<ActorField, string>> = {};
    if (label.trim() === '') found.label = 'Give the actor a name, as the sources call it.';
    if (description.trim() === '') found.description = 'Describe the actor in one line of your own.';
    if (!check(found)) return false;
    const outcome = await useAppStore.getState().edit({
      kind: 'update-actor',
      actor: withoutUndefined({
        ...actor,
        label: label.trim(),
        type,
        aliases: splitList(aliases),
        description: description.trim(),
        parent: parent === '' ? undefined : parent,
      }),
    });
    if (!outcome.ok) setRefusal(outcome.message);
    return outcome.ok;
  };

  return (
    <FormDialog
      title="Edit actor"
      submitLabel="Save actor"
      onSubmit={save}
      refusal={refusal}
      formRef={formRef}
    >
      <Field label="Label" error={errors.label}>
        {(control) => (
          <input
            {...control}
            type="text"
            aria-required
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        )}
      </Field>
      <Field label="Actor type">
        {(control) => (
          <select {...control} value={type} onChange={(e) => setType(e.target.value as ActorType)}>
            <ActorTypeOptions />
          </select>
        )}
      </Field>
      <Field label="Aliases" hint="Other names the sources use, separated by commas.">
        {(control) => (
          <input {...control} type="text" value={aliases} onChange={(e) => setAliases(e.target.value)} />
        )}
      </Field>
      <Field label="Description" hint="One line in your own words." error={errors.description}>
        {(control) => (
          <input
            {...control}
            type="text"
            aria-required
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <Field label="Part of" hint="Optional. The actor this one belongs to: a ministry to its state.">
        {(control) => (
          <select {...control} value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">Nothing: it stands on its own</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </FormDialog>
  );
}
