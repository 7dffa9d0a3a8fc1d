import { useId, useState } from 'react';
import { toggled } from '../../domain/lists';
import { relationSentence } from '../../domain/format';
import { POSITIONS, type Contest, type ContestPosition } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';
import { AttributedToField } from './AttributedToField';
import { FormDialog, GoneDialog } from './FormDialog';
import { chosenQuotes, offeredQuotes, QuoteChoices, quoteKey } from './QuoteChoices';
import { useDraftList } from './useDraftList';

/** A position as typed: its quotes by key, chosen from those offered. */
interface PositionDraft {
  actors: readonly string[];
  author: boolean;
  position: ContestPosition['position'];
  claim: string;
  quotes: string[];
}

const POSITION_WORDS: Record<ContestPosition['position'], string> = {
  asserts: 'asserts it',
  disputes: 'disputes it',
};

const blank = (position: ContestPosition['position']): PositionDraft => ({
  actors: [],
  author: false,
  position,
  claim: '',
  quotes: [],
});

/**
 * "Mark as contested" / "Edit contest": the competing claims a text reports about a relation,
 * at least two positions, each held by actors on the map or by the source's author, each with
 * the quotes that show it (chosen from the relation's own and the positions' own quotes).
 */
export function ContestForm({ relationId }: { relationId: string }) {
  const index = useAppStore(selectIndex);
  const relation = index?.relations.get(relationId);
  const contest = relation?.contested;
  const [summary, setSummary] = useState(contest?.summary ?? '');
  const { drafts, change, remove, add } = useDraftList<PositionDraft>(() =>
    contest
      ? contest.positions.map((p) => ({
          actors: p.actors,
          author: p.author ?? false,
          position: p.position,
          claim: p.claim,
          quotes: p.evidence.map(quoteKey),
        }))
      : [blank('asserts'), blank('disputes')],
  );
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();
  if (!index || !relation) return <GoneDialog what="relation" />;

  const offered = offeredQuotes(relation.evidence, ...(contest?.positions ?? []).map((p) => p.evidence));
  const fail = (message: string) => {
    setError(message);
    return false;
  };

  const write = async (contested: Contest | undefined) => {
    const rest = { ...relation };
    delete rest.contested;
    const outcome = await useAppStore
      .getState()
      .edit({ kind: 'update-relation', relation: contested ? { ...rest, contested } : rest });
    if (!outcome.ok) return fail(outcome.message);
    return true;
  };

  const save = async () => {
    if (summary.trim() === '') return fail('Say in a sentence what is in dispute.');
    if (drafts.length < 2)
      return fail('A contest needs at least two positions: who asserts it and who disputes it.');
    const positions: ContestPosition[] = [];
    for (const [i, d] of drafts.entries()) {
      const n = i + 1;
      if (d.actors.length === 0 && !d.author)
        return fail(`Position ${n}: name who holds it, actors on the map or the source’s author.`);
      if (d.claim.trim() === '') return fail(`Position ${n}: say in our words what they hold.`);
      const evidence = chosenQuotes(offered, d.quotes);
      if (evidence.length === 0) return fail(`Position ${n}: tick at least one quote that shows it.`);
      positions.push({
        actors: [...d.actors],
        ...(d.author ? { author: true } : {}),
        position: d.position,
        claim: d.claim.trim(),
        evidence,
      });
    }
    return write({ summary: summary.trim(), positions });
  };

  return (
    <FormDialog
      title={contest ? 'Edit contest' : 'Mark as contested'}
      submitLabel="Save contest"
      onSubmit={save}
      refusal={error}
      wide
    >
      <p className="authoring-hint">{relationSentence(index, relation)}</p>
      {offered.size === 0 ? (
        <p className="authoring-hint">
          This relation has no evidence yet. Each position must be shown by a quote: add the passages first
          (select each in the reader and press “Add as evidence”).
        </p>
      ) : (
        <>
          <div className="authoring-field">
            <label htmlFor={`${baseId}-summary`}>What is in dispute</label>
            <textarea
              className="authoring-textarea"
              id={`${baseId}-summary`}
              rows={2}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
            />
          </div>
          {drafts.map((d, i) => {
            const id = (field: string) => `${baseId}-${i}-${field}`;
            return (
              <fieldset key={i} className="authoring-field authoring-figure">
                <legend>Position {i + 1}</legend>
                <AttributedToField
                  label="Held by"
                  hint="Actors already on the map who hold this position."
                  value={d.actors}
                  onChange={(actors) => change(i, { actors })}
                  error={undefined}
                />
                <label className="authoring-check">
                  <input
                    type="checkbox"
                    checked={d.author}
                    onChange={(e) => change(i, { author: e.target.checked })}
                  />
                  The source’s author holds it
                </label>
                <label htmlFor={id('position')}>Position</label>
                <select
                  id={id('position')}
                  value={d.position}
                  onChange={(e) => change(i, { position: e.target.value as ContestPosition['position'] })}
                >
                  {POSITIONS.map((p) => (
                    <option key={p} value={p}>
                      {POSITION_WORDS[p]}
                    </option>
                  ))}
                </select>
                <label htmlFor={id('claim')}>What they hold</label>
                <textarea
                  className="authoring-textarea"
                  id={id('claim')}
                  rows={2}
                  value={d.claim}
                  onChange={(e) => change(i, { claim: e.target.value })}
                />
                <fieldset className="authoring-field">
                  <legend>Quotes that show it</legend>
                  <QuoteChoices
                    offered={offered}
                    chosen={d.quotes}
                    onToggle={(k) => change(i, { quotes: toggled(d.quotes, k) })}
                  />
                </fieldset>
                {drafts.length > 2 && (
                  <button type="button" className="btn btn-danger" onClick={() => remove(i)}>
                    Remove position {i + 1}
                  </button>
                )}
              </fieldset>
            );
          })}
          <div className="edit-controls">
            <button type="button" className="btn" onClick={() => add(blank('disputes'))}>
              Add position
            </button>
            {contest && (
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => {
                  void write(undefined).then((done) => {
                    if (done) useAppStore.getState().closeEditor();
                  });
                }}
              >
                Not contested
              </button>
            )}
          </div>
        </>
      )}
    </FormDialog>
  );
}
