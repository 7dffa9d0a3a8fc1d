import { useState } from 'react';
import { toggled } from '../../domain/lists';
import { RELATION_TYPES } from '../../domain/relationTypes';
import type { Evidence, Stance } from '../../domain/schema';
import { STANCE_INFO, STANCES } from '../../domain/stances';
import { useAppStore } from '../../store/appStore';
import { selectLoaded } from '../../store/selectors';
import { ActorEndField } from './ActorEndField';
import { AttributedToField } from './AttributedToField';
import { EvidenceQuote } from './EvidenceQuote';
import { Field } from './Field';
import { PartialDateField } from './PartialDateField';
import { FormDialog, GoneDialog } from './FormDialog';
import {
  buildRelation,
  NEW_END,
  relationDraftOf,
  relationProblems,
  type RelationDraft,
  type RelationField,
} from './relationDraft';
import { RelationTypeField } from './RelationTypeField';
import { useFieldErrors } from './useFieldErrors';

interface RelationFormProps {
  /** A quote selected in a source: the form makes a new relation that rests on it. */
  evidence?: Evidence | undefined;
  /** Or a relation on the map to edit (its quotes stay as they are). */
  relationId?: string | undefined;
}

/** A relation: who does what to whom, in a sentence of one's own, backed by a quote. */
export function RelationForm({ evidence, relationId }: RelationFormProps) {
  const map = useAppStore(selectLoaded);
  const existing =
    relationId === undefined ? undefined : map?.dataset.relations.find((r) => r.id === relationId);
  const [draft, setDraft] = useState<RelationDraft>(() => relationDraftOf(existing));
  // The label follows the type's verb until it is typed in.
  const [labelTyped, setLabelTyped] = useState(existing !== undefined);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { errors, check, formRef } = useFieldErrors<RelationField>();
  const quotes = existing?.evidence ?? (evidence ? [evidence] : []);
  // A new relation starts from a quote; one brought in without any ("no evidence yet") can
  // still have its claim, type and dates put right.
  if (!map || (relationId !== undefined && !existing) || (existing === undefined && quotes.length === 0))
    return <GoneDialog what={relationId !== undefined ? 'relation' : 'quote'} />;

  const set = <K extends keyof RelationDraft>(key: K, value: RelationDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const sourceOf = (ev: Evidence) => map.dataset.sources.find((s) => s.id === ev.source);

  const save = async () => {
    setRefusal(null);
    if (!check(relationProblems(draft))) return false;
    const state = useAppStore.getState();
    if (state.data.status !== 'ready') return false;
    const { relation, newActors } = buildRelation(
      draft,
      state.data.history.present.dataset,
      quotes,
      existing,
    );
    const outcome = await (existing
      ? state.edit({ kind: 'update-relation', relation, newActors })
      : state.edit({ kind: 'add-relation', relation, newActors }));
    if (!outcome.ok) setRefusal(outcome.message);
    // The relation made or changed is selected, so Details shows it and the map frames it.
    else state.select({ kind: 'relation', id: relation.id }, { centre: true });
    return outcome.ok;
  };

  return (
    <FormDialog
      title={existing ? 'Edit relation' : 'New relation'}
      submitLabel="Save relation"
      onSubmit={save}
      refusal={refusal}
      formRef={formRef}
    >
      <div className="authoring-quotes">
        {quotes.map((ev, i) => (
          <EvidenceQuote key={i} evidence={ev} source={sourceOf(ev)} />
        ))}
      </div>
      <ActorEndField
        label="From"
        hint="Who acts: where the arrow starts."
        value={draft.from}
        onChange={(from) => set('from', from)}
        allowNew
        errors={{ end: errors.from, type: errors.fromType, description: errors.fromDescription }}
      />
      <ActorEndField
        label="To"
        hint="Who is acted upon: where the arrow points."
        value={draft.to}
        onChange={(to) => set('to', to)}
        allowNew
        errors={{ end: errors.to, type: errors.toType, description: errors.toDescription }}
      />
      <RelationTypeField
        value={draft.type}
        onChange={(type) =>
          setDraft((d) => ({ ...d, type, label: labelTyped || !type ? d.label : RELATION_TYPES[type].verb }))
        }
        error={errors.type}
      />
      <Field
        label="Label"
        hint="A short verb phrase for the arrow: “lifts sanctions on”."
        error={errors.label}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            aria-required
            value={draft.label}
            onChange={(e) => {
              setLabelTyped(true);
              set('label', e.target.value);
            }}
          />
        )}
      </Field>
      <Field label="Claim" hint="One sentence in your own words: what the quote shows." error={errors.claim}>
        {(control) => (
          <textarea
            {...control}
            className="authoring-textarea"
            rows={2}
            aria-required
            value={draft.claim}
            onChange={(e) => set('claim', e.target.value)}
          />
        )}
      </Field>
      <Field label="Stance" hint={STANCE_INFO[draft.stance].description}>
        {(control) => (
          <select {...control} value={draft.stance} onChange={(e) => set('stance', e.target.value as Stance)}>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_INFO[stance].label}: {STANCE_INFO[stance].description}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.stance === 'attributed' && (
        <>
          <AttributedToField
            value={draft.attributedTo.filter((id) => id !== NEW_END.from && id !== NEW_END.to)}
            onChange={(ids) =>
              set('attributedTo', [
                ...ids,
                ...draft.attributedTo.filter((id) => id === NEW_END.from || id === NEW_END.to),
              ])
            }
            error={errors.attributedTo}
          />
          {(['from', 'to'] as const).map((end) => {
            const made = draft[end];
            if (made?.kind !== 'new') return null;
            return (
              <label key={end} className="authoring-check">
                <input
                  type="checkbox"
                  checked={draft.attributedTo.includes(NEW_END[end])}
                  onChange={() => set('attributedTo', toggled(draft.attributedTo, NEW_END[end]))}
                />
                Also attributed to “{made.name}”, the new actor made here
              </label>
            );
          })}
        </>
      )}
      <PartialDateField
        label="Date"
        hint="Optional. When it happened, as precisely as the text says: 2025, 2025-12 or 2025-12-17."
        error={errors.date}
        value={draft.date}
        onChange={(value) => set('date', value)}
        check={{ label: 'Approximate', checked: draft.approximate, onChange: (on) => set('approximate', on) }}
      />
      {draft.date.trim() !== '' && (
        <>
          <PartialDateField
            label="Until"
            hint="Optional. For a period: its last date, as precise as the text says. Empty: it still holds."
            error={errors.until}
            value={draft.until}
            onChange={(value) => set('until', value)}
          />
          <Field
            label="How the text dates it"
            hint="Optional, in your words: “the text says ‘on 17 November’; the year is the publication’s”."
            error={undefined}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={draft.basis}
                onChange={(e) => set('basis', e.target.value)}
              />
            )}
          </Field>
        </>
      )}
    </FormDialog>
  );
}
