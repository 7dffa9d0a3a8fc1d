import { actorLabel } from '../../domain/format';
import type { ElementKind } from '../../domain/graphIndex';
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
  const id = pickerId(end);
  return (
    <div className="path-end">
      <label className="path-end-label" htmlFor={id}>
        {label}
      </label>
      <SearchCombobox
        // Made anew for each value, so a swap or a link shows the new actor's name.
        key={value ?? ''}
        inputId={id}
        label={label}
        placeholder={end === 'from' ? 'Who wants to move…' : '…whom?'}
        className="path-search"
        kinds={ACTORS}
        initialQuery={value && index ? actorLabel(index, value) : ''}
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
