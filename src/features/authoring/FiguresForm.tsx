import { useId, useState } from 'react';
import { relationSentence } from '../../domain/format';
import type { Figure } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';
import { FormDialog, GoneDialog } from './FormDialog';
import { useDraftList } from './useDraftList';

/** A figure as typed: every field text until it is saved. */
interface FigureDraft {
  quantity: string;
  value: string;
  unit: string;
  approximate: boolean;
  when: string;
  source: string;
}

const draftOf = (figure: Figure): FigureDraft => ({
  quantity: figure.quantity,
  value: String(figure.value),
  unit: figure.unit ?? '',
  approximate: figure.approximate ?? false,
  when: figure.when ?? '',
  source: figure.source,
});

/**
 * "Edit figures": the numbers a relation's sources give ("52 political prisoners freed"),
 * each with the source that gives it, which must be one the relation quotes. Two figures for
 * one quantity from two sources are how a disagreement between them is shown.
 */
export function FiguresForm({ relationId }: { relationId: string }) {
  const index = useAppStore(selectIndex);
  const relation = index?.relations.get(relationId);
  const { drafts, change, remove, add } = useDraftList<FigureDraft>(
    () => relation?.figures?.map(draftOf) ?? [],
  );
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();
  if (!index || !relation) return <GoneDialog what="relation" />;

  const quoted = [...new Set(relation.evidence.map((ev) => ev.source))];
  const titleOf = (id: string) => index.sources.get(id)?.title ?? id;
  const fail = (message: string) => {
    setError(message);
    return false;
  };

  const save = async () => {
    const figures: Figure[] = [];
    for (const [i, d] of drafts.entries()) {
      const n = i + 1;
      if (d.quantity.trim() === '')
        return fail(`Figure ${n}: say what is counted (“political prisoners freed”).`);
      const value = Number(d.value.replace(/[\s,]/g, ''));
      if (d.value.trim() === '' || !Number.isFinite(value))
        return fail(
          `Figure ${n}: the value must be a number, as the text gives it (52, 1.5); not “${d.value}”.`,
        );
      figures.push({
        quantity: d.quantity.trim(),
        value,
        ...(d.unit.trim() ? { unit: d.unit.trim() } : {}),
        ...(d.approximate ? { approximate: true } : {}),
        ...(d.when.trim() ? { when: d.when.trim() } : {}),
        source: d.source,
      });
    }
    const rest = { ...relation };
    delete rest.figures;
    const outcome = await useAppStore.getState().edit({
      kind: 'update-relation',
      relation: figures.length > 0 ? { ...rest, figures } : rest,
    });
    if (!outcome.ok) return fail(outcome.message);
    return true;
  };

  return (
    <FormDialog title="Edit figures" submitLabel="Save figures" onSubmit={save} refusal={error} wide>
      <p className="authoring-hint">{relationSentence(index, relation)}</p>
      {quoted.length === 0 ? (
        <p className="authoring-hint">
          This relation has no evidence yet. A figure must come from a source the relation quotes: add a quote
          first (select it in the reader and press “Add as evidence”).
        </p>
      ) : (
        <>
          {drafts.length === 0 && <p className="authoring-hint">No figures yet.</p>}
          {drafts.map((d, i) => {
            const id = (field: string) => `${baseId}-${i}-${field}`;
            return (
              <fieldset key={i} className="authoring-field authoring-figure">
                <legend>Figure {i + 1}</legend>
                <label htmlFor={id('quantity')}>Quantity</label>
                <input
                  id={id('quantity')}
                  type="text"
                  placeholder="political prisoners freed"
                  value={d.quantity}
                  onChange={(e) => change(i, { quantity: e.target.value })}
                />
                <label htmlFor={id('value')}>Value</label>
                <input
                  id={id('value')}
                  type="text"
                  inputMode="decimal"
                  value={d.value}
                  onChange={(e) => change(i, { value: e.target.value })}
                />
                <label htmlFor={id('unit')}>Unit (optional)</label>
                <input
                  id={id('unit')}
                  type="text"
                  placeholder="people, km, USD million"
                  value={d.unit}
                  onChange={(e) => change(i, { unit: e.target.value })}
                />
                <label className="authoring-check">
                  <input
                    type="checkbox"
                    checked={d.approximate}
                    onChange={(e) => change(i, { approximate: e.target.checked })}
                  />
                  Approximate (“about”, “more than”)
                </label>
                <label htmlFor={id('when')}>Date it refers to (optional)</label>
                <input
                  id={id('when')}
                  type="text"
                  inputMode="numeric"
                  placeholder="YYYY-MM-DD"
                  value={d.when}
                  onChange={(e) => change(i, { when: e.target.value })}
                />
                <label htmlFor={id('source')}>Given by</label>
                <select
                  id={id('source')}
                  value={d.source}
                  onChange={(e) => change(i, { source: e.target.value })}
                >
                  {quoted.map((s) => (
                    <option key={s} value={s}>
                      {titleOf(s)}
                    </option>
                  ))}
                </select>
                <button type="button" className="btn btn-danger" onClick={() => remove(i)}>
                  Remove figure {i + 1}
                </button>
              </fieldset>
            );
          })}
          <div className="edit-controls">
            <button
              type="button"
              className="btn"
              onClick={() =>
                add({ quantity: '', value: '', unit: '', approximate: false, when: '', source: quoted[0]! })
              }
            >
              Add figure
            </button>
          </div>
        </>
      )}
    </FormDialog>
  );
}
