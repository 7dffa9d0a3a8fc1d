import { useEffect, useId } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectIndex } from '../../store/selectors';
import { SearchOption } from './SearchOption';
import { useSearchCombobox, type ComboboxOptions } from './useSearchCombobox';
import './search.css';

interface SearchComboboxProps extends ComboboxOptions {
  inputId: string;
  /** Called with the text left in the field when focus leaves it. */
  onCommit?: (query: string) => void;
  /** The accessible name: "Search", "From", "To". */
  label: string;
  placeholder: string;
  className?: string;
}

/** A search field with a list of hits: the top bar's search and the paths panel's pickers. */
export function SearchCombobox({
  inputId,
  label,
  placeholder,
  className = '',
  onCommit,
  ...options
}: SearchComboboxProps) {
  const index = useAppStore(selectIndex);
  const box = useSearchCombobox(index, options);
  const listboxId = useId();
  const optionId = (i: number) => `${listboxId}-option-${i}`;
  const activeId = box.listOpen ? optionId(box.active) : undefined;

  useEffect(() => {
    if (!activeId) return;
    const element = document.getElementById(activeId);
    // jsdom has no layout and no scrollIntoView; browsers all do.
    if (typeof element?.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <div className={`search ${className}`.trim()}>
      <input
        id={inputId}
        className="search-input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={box.listOpen}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={box.query}
        onChange={(event) => box.change(event.target.value)}
        onKeyDown={box.onKeyDown}
        onBlur={() => {
          box.close();
          onCommit?.(box.query);
        }}
      />
      <div className="search-popup" hidden={!box.popupOpen}>
        <ul
          id={listboxId}
          role="listbox"
          aria-label={`${label} results`}
          className="search-listbox"
          hidden={!box.listOpen}
        >
          {box.listOpen &&
            index &&
            box.hits.map((hit, i) => (
              <SearchOption
                key={`${hit.ref.kind}:${hit.ref.id}`}
                id={optionId(i)}
                hit={hit}
                index={index}
                query={box.query}
                active={i === box.active}
                onChoose={() => box.choose(hit)}
                onHover={() => box.setActive(i)}
              />
            ))}
        </ul>
        {box.popupOpen && box.hits.length === 0 && (
          <p className="search-empty muted">No matches for “{box.query.trim()}”</p>
        )}
      </div>
      {/* Announced once typing pauses long enough for the reader: how many hits there are. */}
      <p role="status" className="visually-hidden">
        {box.popupOpen
          ? box.hits.length === 0
            ? `No matches for “${box.query.trim()}”`
            : `${box.hits.length} ${box.hits.length === 1 ? 'match' : 'matches'}`
          : ''}
      </p>
    </div>
  );
}
