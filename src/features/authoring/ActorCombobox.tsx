import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { actorNamed, search } from '../../domain/search';
import type { ElementKind } from '../../domain/graphIndex';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';
import type { ControlProps } from './Field';

const ACTORS: readonly ElementKind[] = ['actor'];
const LIMIT = 8;

/** What an actor field chose: an actor on the map, or one to make under the typed name. */
export type ActorChoice = { kind: 'actor'; id: string } | { kind: 'new'; name: string };

type Option = { choice: ActorChoice; label: string; detail: string };

interface ActorComboboxProps {
  control: ControlProps;
  /** The field's name, for its list of options: "From". */
  label: string;
  initialQuery?: string;
  /** Offers “New actor “…”” when the typed name matches no actor. */
  allowNew: boolean;
  onChoose: (choice: ActorChoice) => void;
  /** The text changed, so an earlier choice no longer stands. */
  onType?: () => void;
  placeholder?: string;
  /** Empties the field after each choice, for picking several actors one after another. */
  clearOnChoose?: boolean;
}

/**
 * An ARIA 1.2 list-autocomplete combobox over the map's actors, by label or alias (the
 * search box's own ranking), with a last option to make a new actor of the typed name.
 * The search box's combobox cannot offer that option, hence this one.
 */
export function ActorCombobox({
  control,
  label,
  initialQuery = '',
  allowNew,
  onChoose,
  onType,
  placeholder,
  clearOnChoose = false,
}: ActorComboboxProps) {
  const index = useAppStore(selectIndex);
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listboxId = useId();
  const name = query.trim();

  const options = useMemo((): Option[] => {
    if (!index || name === '') return [];
    const found: Option[] = search(index, name, LIMIT, ACTORS).map((hit) => ({
      choice: { kind: 'actor', id: hit.ref.id },
      label: hit.label,
      detail: hit.detail,
    }));
    if (allowNew && actorNamed(index, name) === undefined)
      found.push({
        choice: { kind: 'new', name },
        label: `New actor “${name}”`,
        detail: 'Add it to the map',
      });
    return found;
  }, [index, name, allowNew]);
  const listOpen = open && options.length > 0;
  const optionId = (i: number) => `${listboxId}-${i}`;

  const choose = (option: Option) => {
    setOpen(false);
    if (clearOnChoose) setQuery('');
    else if (option.choice.kind === 'actor') setQuery(option.label);
    onChoose(option.choice);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (last < 0) return;
        if (!listOpen) {
          setOpen(true);
          setActive(event.key === 'ArrowDown' ? 0 : last);
        } else if (event.key === 'ArrowDown') setActive(active >= last ? 0 : active + 1);
        else setActive(active <= 0 ? last : active - 1);
        break;
      case 'Enter': {
        // With the list closed, Enter submits the form as usual.
        const option = listOpen ? options[active] : undefined;
        if (!option) return;
        choose(option);
        break;
      }
      case 'Escape':
        // Closes the list only; the dialog's own Escape is for the next press.
        if (!listOpen) return;
        setOpen(false);
        event.stopPropagation();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="actor-combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        aria-expanded={listOpen}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={listOpen ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(event.target.value.trim() !== '');
          setActive(0);
          onType?.();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          // An exact name or alias is a choice, as in the paths panel's pickers.
          const named = index && name !== '' ? actorNamed(index, name) : undefined;
          if (named === undefined) return;
          if (clearOnChoose) setQuery('');
          onChoose({ kind: 'actor', id: named });
        }}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={`${label}: actors`}
        className="actor-combobox-list"
        hidden={!listOpen}
      >
        {listOpen &&
          options.map((option, i) => (
            <li
              key={option.choice.kind === 'actor' ? option.choice.id : 'new'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={option.choice.kind === 'new' ? 'actor-option actor-option-new' : 'actor-option'}
              // Chosen before the field loses focus, which would close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              onMouseMove={() => setActive(i)}
            >
              <span className="actor-option-label">{option.label}</span>
              <span className="actor-option-detail muted">{option.detail}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
