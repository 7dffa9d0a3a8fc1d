import { useId, useState } from 'react';
import {
  actorRemoval,
  dealRemoval,
  relationRemoval,
  slidesTouched,
  type Removal,
} from '../../domain/edits/cascade';
import { relationSentence } from '../../domain/format';
import { useAppStore } from '../../store/appStore';
import { selectIndex, selectLoaded } from '../../store/selectors';
import { FormDialog, GoneDialog } from './FormDialog';

type Kind = 'actor' | 'relation' | 'deal';

interface DeleteConfirmProps {
  kind: Kind;
  id: string;
}

/** Asks before deleting, naming everything that goes with it (cascade.ts works that out). */
export function DeleteConfirm({ kind, id }: DeleteConfirmProps) {
  const map = useAppStore(selectLoaded);
  const index = useAppStore(selectIndex);
  const [refusal, setRefusal] = useState<string | null>(null);
  const ids = useId();
  const dataset = map?.dataset;
  const name =
    kind === 'actor'
      ? index?.actors.get(id)?.label
      : kind === 'relation'
        ? index && index.relations.get(id) && relationSentence(index, index.relations.get(id)!)
        : index?.deals.get(id)?.label;
  if (!dataset || !index || name === undefined) return <GoneDialog what={kind} />;

  const removal: Removal =
    kind === 'actor'
      ? actorRemoval(dataset, id)
      : kind === 'relation'
        ? relationRemoval(dataset, id)
        : dealRemoval(id);
  // The element itself is named in the title; these are what goes with it.
  const relations = [...removal.relations].filter((r) => r !== id).map((r) => index.relations.get(r));
  const deals = [...removal.deals].filter((d) => d !== id).map((d) => index.deals.get(d));
  const slides = slidesTouched(dataset, removal);
  const nothingElse = relations.length === 0 && deals.length === 0 && slides.length === 0;

  const remove = async () => {
    const outcome = await useAppStore.getState().edit({ kind: `delete-${kind}`, id });
    if (!outcome.ok) setRefusal(outcome.message);
    return outcome.ok;
  };

  return (
    <FormDialog
      title={`Delete ${kind} “${name}”?`}
      submitLabel="Delete"
      onSubmit={remove}
      refusal={refusal}
      danger
    >
      {nothingElse ? (
        <p>Nothing else on the map goes with it.</p>
      ) : (
        <>
          {relations.length > 0 && (
            <div>
              <h3 className="authoring-cascade-heading" id={`${ids}-relations`}>
                {relations.length === 1
                  ? 'Its relation goes too'
                  : `Its ${relations.length} relations go too`}
              </h3>
              <ul className="authoring-cascade" aria-labelledby={`${ids}-relations`}>
                {relations.map((rel) => rel && <li key={rel.id}>{relationSentence(index, rel)}</li>)}
              </ul>
            </div>
          )}
          {deals.length > 0 && (
            <div>
              <h3 className="authoring-cascade-heading" id={`${ids}-deals`}>
                Deals that no longer hold (fewer than two relations left)
              </h3>
              <ul className="authoring-cascade" aria-labelledby={`${ids}-deals`}>
                {deals.map((deal) => deal && <li key={deal.id}>{deal.label}</li>)}
              </ul>
            </div>
          )}
          {slides.length > 0 && (
            <div>
              <h3 className="authoring-cascade-heading" id={`${ids}-slides`}>
                Slides that showed it, and will not
              </h3>
              <ul className="authoring-cascade" aria-labelledby={`${ids}-slides`}>
                {slides.map((slide) => (
                  <li key={slide}>{slide}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <p className="muted">You can undo this.</p>
    </FormDialog>
  );
}
