import { useId, useMemo, useState } from 'react';
import { relationSentence } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Evidence } from '../../domain/schema';
import { normalizeForSearch } from '../../domain/search';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';
import { FormDialog } from './FormDialog';
import { EvidenceQuote } from './EvidenceQuote';

interface Holder {
  kind: 'relation' | 'deal';
  id: string;
  text: string;
}

function holders(index: GraphIndex): Holder[] {
  return [
    ...[...index.relations.values()].map((r) => ({
      kind: 'relation' as const,
      id: r.id,
      text: relationSentence(index, r),
    })),
    ...[...index.deals.values()].map((d) => ({ kind: 'deal' as const, id: d.id, text: `Deal: ${d.label}` })),
  ];
}

/** Shown at most, so a map of thousands of relations stays quick to filter. */
const SHOWN = 200;

/** "Add as evidence": the selected words become one more quote of a relation or deal already on the map. */
export function EvidenceForm({ evidence }: { evidence: Evidence }) {
  const index = useAppStore(selectIndex);
  const selected = useAppStore((s) => s.selected);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(
    selected && selected.kind !== 'actor' ? `${selected.kind}:${selected.id}` : null,
  );
  const [error, setError] = useState<string | null>(null);
  const fail = (message: string) => {
    setError(message);
    return false;
  };
  const findId = useId();
  const all = useMemo(() => (index ? holders(index) : []), [index]);
  const wanted = normalizeForSearch(query.trim());
  const matching = all.filter((h) => wanted === '' || normalizeForSearch(h.text).includes(wanted));
  const save = async () => {
    const holder = all.find((h) => `${h.kind}:${h.id}` === chosen);
    if (!holder) return fail('Choose the relation or deal these words support.');
    const outcome = await useAppStore.getState().edit({
      kind: 'add-evidence',
      holder: { kind: holder.kind, id: holder.id },
      evidence,
    });
    if (!outcome.ok) return fail(outcome.message);
    useAppStore.getState().select({ kind: holder.kind, id: holder.id }, { centre: true });
    return true;
  };
  return (
    <FormDialog title="Add as evidence" submitLabel="Add quote" onSubmit={save} refusal={error} wide>
      <EvidenceQuote evidence={evidence} source={index?.sources.get(evidence.source)} />
      <div className="authoring-field">
        <label htmlFor={findId}>Find a relation or deal</label>
        <input id={findId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <fieldset className="authoring-field">
        <legend>Which relation or deal do these words support?</legend>
        {all.length === 0 ? (
          <p className="authoring-hint">
            This map has no relations yet: make one with “New relation from selection”.
          </p>
        ) : (
          <ul className="editor-choices">
            {matching.slice(0, SHOWN).map((h) => (
              <li key={`${h.kind}:${h.id}`}>
                <label>
                  <input
                    type="radio"
                    name="evidence-holder"
                    checked={chosen === `${h.kind}:${h.id}`}
                    onChange={() => setChosen(`${h.kind}:${h.id}`)}
                  />
                  {h.text}
                </label>
              </li>
            ))}
            {matching.length > SHOWN && (
              <li className="authoring-hint">…and {matching.length - SHOWN} more: narrow the search.</li>
            )}
            {matching.length === 0 && <li className="authoring-hint">Nothing matches “{query}”.</li>}
          </ul>
        )}
      </fieldset>
    </FormDialog>
  );
}
