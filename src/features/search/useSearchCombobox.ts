import { useMemo, useState, type KeyboardEvent } from 'react';
import type { ElementKind, GraphIndex } from '../../domain/graphIndex';
import { search, type SearchHit } from '../../domain/search';
import { useAppStore } from '../../store/appStore';

/** Enough to pick from without scrolling the popup on a laptop screen. */
const LIMIT = 12;
const NO_HITS: SearchHit[] = [];

function findHits(index: GraphIndex | null, query: string, kinds?: readonly ElementKind[]): SearchHit[] {
  return index ? search(index, query, LIMIT, kinds) : NO_HITS;
}

export interface ComboboxOptions {
  /** What it searches; everything by default. */
  kinds?: readonly ElementKind[];
  /**
   * What choosing a hit does; by default it selects the hit, brings it into view and moves
   * focus to its Details heading.
   */
  onChoose?: (hit: SearchHit) => void;
  initialQuery?: string;
}

const selectHit = (hit: SearchHit) => {
  // Read the action when called, as every event callback here does, so it is never stale.
  useAppStore.getState().select(hit.ref, { centre: true, reveal: true });
};

/**
 * The state and keys of an ARIA 1.2 list-autocomplete combobox with automatic selection:
 * the first hit is active as soon as there is one, so typing then Enter takes the best match.
 */
export function useSearchCombobox(
  index: GraphIndex | null,
  { kinds, onChoose = selectHit, initialQuery = '' }: ComboboxOptions = {},
) {
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Searched only while the list is open: a picker filled in by a link (the paths panel's
  // From and To) would otherwise search every actor for its text as it first renders, with
  // nothing to show (30 ms of a 90 ms task on 5,000 actors).
  const hits = useMemo(() => (open ? findHits(index, query, kinds) : NO_HITS), [open, index, query, kinds]);
  const popupOpen = open && query.trim() !== '';
  const listOpen = popupOpen && hits.length > 0;

  const choose = (hit: SearchHit) => {
    onChoose(hit);
    // The query stays, so ArrowDown brings the same hits back to try the next one.
    setOpen(false);
  };

  const change = (value: string) => {
    setQuery(value);
    setOpen(value.trim() !== '');
    setActive(0);
  };

  const move = (to: number) => setActive(Math.max(0, Math.min(hits.length - 1, to)));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const down = event.key === 'ArrowDown';
        if (!listOpen) {
          // The list closed holds no hits: they are looked for now.
          const found = open ? hits : findHits(index, query, kinds);
          if (found.length === 0) return;
          setOpen(true);
          setActive(down ? 0 : found.length - 1);
        } else if (down) setActive(active >= last ? 0 : active + 1);
        else setActive(active <= 0 ? last : active - 1);
        break;
      }
      case 'Home':
      case 'End':
        // With the list closed, Home and End move the caret in the text as usual.
        if (!listOpen) return;
        move(event.key === 'Home' ? 0 : last);
        break;
      case 'Enter': {
        const hit = listOpen ? hits[active] : undefined;
        if (!hit) return;
        choose(hit);
        break;
      }
      case 'Escape':
        // First Escape closes the list, the second clears the query; a third falls through.
        if (popupOpen) setOpen(false);
        else if (query !== '') change('');
        else return;
        event.stopPropagation();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return {
    query,
    hits,
    active,
    popupOpen,
    listOpen,
    setActive: move,
    change,
    choose,
    close: () => setOpen(false),
    onKeyDown,
  };
}
