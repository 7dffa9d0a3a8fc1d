import { useMemo, useState } from 'react';
import { formatCount } from '../../domain/format';

/** How many entries a long list shows until the user asks for all of them. */
export const SHORT_LIST = 12;

export interface ShortList<T> {
  /** The entries to render. */
  shown: readonly T[];
  /** More than SHORT_LIST entries: the list is shortened until the user asks for all. */
  long: boolean;
  all: boolean;
  setAll: (all: boolean) => void;
}

/**
 * A list that may run to thousands (a large map's sources): its first SHORT_LIST entries,
 * and those `kept` says must stay within reach (a hidden source, to show it again), until
 * the user asks for all of them. Two such lists drawn whole on a map of 1,537 sources were
 * 20,000 elements for the page to build and lay out (half a second) and a sidebar nobody
 * could read. `kept` should be memoised.
 */
export function useShortList<T>(items: readonly T[], kept?: (item: T) => boolean): ShortList<T> {
  const [all, setAll] = useState(false);
  const long = items.length > SHORT_LIST;
  const shown = useMemo(
    () => (!long || all ? items : items.filter((item, i) => i < SHORT_LIST || kept?.(item) === true)),
    [items, long, all, kept],
  );
  return { shown, long, all, setAll };
}

/**
 * Under a shortened list: how much of it is shown, and the button that shows all of it or
 * the first entries again ("Show all 1,537 sources" / "Show fewer sources").
 */
export function ShowAll<T>({
  list,
  total,
  noun,
  order,
  controls,
}: {
  list: ShortList<T>;
  total: number;
  /** One entry, as in "source". */
  noun: string;
  /** Which entries come first: "most quoted". */
  order: string;
  /** The id of the list it shortens. */
  controls: string;
}) {
  if (!list.long) return null;
  return (
    <p className="short-list-more">
      {list.all ? null : (
        <span className="muted">
          {list.shown.length.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')}, the {order}{' '}
          first.{' '}
        </span>
      )}
      <button
        type="button"
        className="btn-link"
        aria-expanded={list.all}
        aria-controls={controls}
        onClick={() => list.setAll(!list.all)}
      >
        {list.all ? `Show fewer ${noun}s` : `Show all ${formatCount(total, noun)}`}
      </button>
    </p>
  );
}
