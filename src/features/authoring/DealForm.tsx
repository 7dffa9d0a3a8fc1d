import { useId, useState } from 'react';
import { takenIds, uniqueId } from '../../domain/edits/ids';
import { toggled } from '../../domain/lists';
import { relationSentence } from '../../domain/format';
import type { Deal, Stance } from '../../domain/schema';
import { normalizeForSearch } from '../../domain/search';
import { STANCES, STANCE_INFO } from '../../domain/stances';
import { useAppStore } from '../../store/appStore';
import { selectIndex, selectLoaded } from '../../store/selectors';
import { FormDialog } from './FormDialog';
import { chosenQuotes, offeredQuotes, QuoteChoices, quoteKey } from './QuoteChoices';

const SHOWN = 200;

/**
 * "Link as a deal": two or more relations the text presents as one trade, with a label, a
 * summary in our words, and the quotes that say so (chosen from the relations' own).
 */
export function DealForm({ dealId, relationIds }: { dealId?: string; relationIds?: string[] }) {
  const index = useAppStore(selectIndex);
  const map = useAppStore(selectLoaded);
  const existing = dealId ? index?.deals.get(dealId) : undefined;
  const selected = useAppStore((s) => s.selected);
  const [members, setMembers] = useState<string[]>(
    existing?.relations ?? relationIds ?? (selected?.kind === 'relation' ? [selected.id] : []),
  );
  const [label, setLabel] = useState(existing?.label ?? '');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [stance, setStance] = useState<Stance>(existing?.stance ?? 'asserted');
  const [quotes, setQuotes] = useState<string[]>(existing?.evidence.map(quoteKey) ?? []);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fail = (message: string) => {
    setError(message);
    return false;
  };
  const ids = { find: useId(), label: useId(), summary: useId(), stance: useId() };
  if (!index || !map) return null;

  const relations = [...index.relations.values()];
  const wanted = normalizeForSearch(query.trim());
  const matching = relations.filter(
    (r) =>
      members.includes(r.id) ||
      wanted === '' ||
      normalizeForSearch(relationSentence(index, r)).includes(wanted),
  );
  // The quotes a deal can cite: its relations' own, and its own if it has any already.
  const offered = offeredQuotes(
    existing?.evidence ?? [],
    ...members.map((id) => index.relations.get(id)?.evidence ?? []),
  );

  const save = async () => {
    if (members.length < 2) return fail('Choose at least two relations: a deal links what each side gives.');
    if (label.trim() === '') return fail('Give the deal a label: “prisoners for sanctions relief”.');
    if (summary.trim() === '') return fail('Say in a sentence what was traded for what.');
    const evidence = chosenQuotes(offered, quotes);
    if (evidence.length === 0) return fail('Tick at least one quote that presents it as a trade.');
    const deal: Deal = {
      id: existing?.id ?? uniqueId(label, 'deal', takenIds(map.dataset)),
      label: label.trim(),
      summary: summary.trim(),
      relations: members,
      evidence,
      stance,
    };
    const outcome = await useAppStore
      .getState()
      .edit(existing ? { kind: 'update-deal', deal } : { kind: 'add-deal', deal });
    if (!outcome.ok) return fail(outcome.message);
    useAppStore.getState().select({ kind: 'deal', id: deal.id }, { centre: true });
    return true;
  };

  return (
    <FormDialog
      title={existing ? 'Edit deal' : 'Link as a deal'}
      submitLabel="Save deal"
      onSubmit={save}
      refusal={error}
      wide
    >
      <div className="authoring-field">
        <label htmlFor={ids.find}>Find relations</label>
        <input id={ids.find} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <fieldset className="authoring-field">
        <legend>Relations in the deal ({members.length} chosen)</legend>
        <ul className="editor-choices">
          {matching.slice(0, SHOWN).map((r) => (
            <li key={r.id}>
              <label>
                <input
                  type="checkbox"
                  checked={members.includes(r.id)}
                  onChange={() => setMembers((m) => toggled(m, r.id))}
                />
                {relationSentence(index, r)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="authoring-field">
        <label htmlFor={ids.label}>Label</label>
        <input id={ids.label} type="text" value={label} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <div className="authoring-field">
        <label htmlFor={ids.summary}>Summary</label>
        <textarea
          className="authoring-textarea"
          id={ids.summary}
          rows={2}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      <div className="authoring-field">
        <label htmlFor={ids.stance}>Stance</label>
        <select id={ids.stance} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_INFO[s].label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="authoring-field">
        <legend>Evidence that it is a trade</legend>
        {offered.size === 0 ? (
          <p className="authoring-hint">Choose relations first: their quotes are offered here.</p>
        ) : (
          <QuoteChoices offered={offered} chosen={quotes} onToggle={(k) => setQuotes((q) => toggled(q, k))} />
        )}
      </fieldset>
    </FormDialog>
  );
}
