import { useState } from 'react';
import { takenIds, uniqueId } from '../../domain/edits/ids';
import { useAppStore } from '../../store/appStore';
import { selectLoaded } from '../../store/selectors';
import { Field } from './Field';
import { PartialDateField } from './PartialDateField';
import { FormDialog, GoneDialog } from './FormDialog';
import { draftOf, sourceFromDraft, sourceProblems, type SourceDraft, type SourceField } from './sourceDraft';
import { SourceTextField } from './SourceTextField';
import { useFieldErrors } from './useFieldErrors';

const DATE_HINT =
  'As precisely as the source gives it: 2025, 2025-12 or 2025-12-17. The length is the precision: “2025” says only the year.';

/** Adds a source (its details and verbatim text), or edits an existing source's details. */
export function SourceForm({ sourceId }: { sourceId?: string | undefined }) {
  const map = useAppStore(selectLoaded);
  const existing = sourceId === undefined ? undefined : map?.dataset.sources.find((s) => s.id === sourceId);
  const [draft, setDraft] = useState<SourceDraft>(() =>
    draftOf(
      existing,
      existing && map && Object.hasOwn(map.texts, existing.id) ? map.texts[existing.id]! : '',
    ),
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  const { errors, check, formRef } = useFieldErrors<SourceField>();
  if (sourceId !== undefined && !existing) return <GoneDialog what="source" />;

  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    setRefusal(null);
    if (!check(sourceProblems(draft, !existing))) return false;
    const { data, edit } = useAppStore.getState();
    if (data.status !== 'ready') return false;
    const id = existing?.id ?? uniqueId(draft.title, 'source', takenIds(data.history.present.dataset));
    const outcome = await (existing
      ? edit({ kind: 'update-source', source: sourceFromDraft(draft, id, existing) })
      : edit({ kind: 'add-source', source: sourceFromDraft(draft, id), text: draft.text }));
    if (!outcome.ok) setRefusal(outcome.message);
    // A new source opens in the reader, where its passages become relations.
    else if (!existing) useAppStore.getState().openReader({ sourceId: id });
    return outcome.ok;
  };

  return (
    <FormDialog
      title={existing ? 'Edit source' : 'Add source'}
      submitLabel="Save source"
      onSubmit={save}
      refusal={refusal}
      formRef={formRef}
    >
      <Field label="Title" error={errors.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            aria-required
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field label="Publisher" error={errors.publisher}>
        {(control) => (
          <input
            {...control}
            type="text"
            aria-required
            value={draft.publisher}
            onChange={(e) => set('publisher', e.target.value)}
          />
        )}
      </Field>
      <Field label="Authors" hint="Optional. Separate names with commas.">
        {(control) => (
          <input
            {...control}
            type="text"
            value={draft.authors}
            onChange={(e) => set('authors', e.target.value)}
          />
        )}
      </Field>
      <PartialDateField
        label="Published"
        hint={DATE_HINT}
        error={errors.published}
        value={draft.published}
        onChange={(value) => set('published', value)}
        disabled={draft.dateUnknown}
        check={{
          label: 'Date not given',
          checked: draft.dateUnknown,
          onChange: (on) => set('dateUnknown', on),
        }}
      />
      <Field
        label="URL"
        hint="Optional. Where it is published: an http:// or https:// address only."
        error={errors.url}
      >
        {(control) => (
          <input
            {...control}
            type="url"
            placeholder="https://"
            value={draft.url}
            onChange={(e) => set('url', e.target.value)}
          />
        )}
      </Field>
      <SourceTextField
        text={draft.text}
        onChange={(text) => set('text', text)}
        readOnly={existing !== undefined}
        error={errors.text}
      />
    </FormDialog>
  );
}
