import { useState } from 'react';
import { actorLabel } from '../../domain/format';
import type { ElementKind } from '../../domain/graphIndex';
import { actorNamed } from '../../domain/search';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';
import { SearchCombobox } from '../search/SearchCombobox';

const ACTORS: readonly ElementKind[] = ['actor'];

export const pickerId = (end: 'from' | 'to') => `path-${end}`;

/** Focus moves on once the picker, re-made for its new value, is back in the page. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** One end of the path question: an actor found by label or alias, as the search box finds it. */
export function ActorPicker({ end, label }: { end: 'from' | 'to'; label: 'From' | 'To' }) {
  const index = useAppStore(selectIndex);
  const value = useAppStore((s) => s.paths[end]);
  const setPathEnd = useAppStore((s) => s.setPathEnd);
  // Bumped to put the chosen actor's name back when text left in the field names no one.
  const [revision, setRevision] = useState(0);
  const id = pickerId(end);
  // What the field says when focus leaves it is what the question asks: an emptied field
  // clears its end, an exact name chooses that actor, anything else goes back to the choice.
  const commit = (query: string) => {
    if (!index) return;
    const current = useAppStore.getState().paths[end];
    const text = query.trim();
    if (text === (current ? actorLabel(index, current) : '')) return;
    const named = text === '' ? null : actorNamed(index, text);
    if (named === undefined) setRevision((r) => r + 1);
    else if (named !== current) setPathEnd(end, named);
  };
  return (
    <div className="path-end">
      <label className="path-end-label" htmlFor={id}>
        {label}
      </label>
      <SearchCombobox
        // Made anew for each value, so a swap or a link shows the new actor's name.
        key={`${value ?? ''}:${revision}`}
        inputId={id}
        label={label}
        placeholder={end === 'from' ? 'Who wants to move…' : '…whom?'}
        className="path-search"
        kinds={ACTORS}
        initialQuery={value && index ? actorLabel(index, value) : ''}
        onCommit={commit}
        onChoose={(hit) => {
          setPathEnd(end, hit.ref.id);
          const { paths } = useAppStore.getState();
          // From the first end to the second, then to the answers.
          if (end === 'from' && !paths.to) focusSoon(pickerId('to'));
          else if (paths.from && paths.to) focusSoon('path-results-heading');
          else focusSoon(id);
        }}
      />
      {value && (
        <button
          type="button"
          className="btn-icon path-clear"
          aria-label={`Clear ${label}`}
          title={`Clear ${label}`}
          onClick={() => {
            setPathEnd(end, null);
            focusSoon(id);
          }}
        >
          ×
        </button>
      )}
    </div>
  );
}
