import type { ReactNode } from 'react';
import { toggled } from '../../domain/lists';
import { filtersActive } from '../../domain/filters';
import { MAX_HOPS } from '../../domain/leverage/paths';
import { LEVER_KIND_IDS, LEVER_KINDS } from '../../domain/leverage/semantics';
import { STANCES } from '../../domain/stances';
import { STANCE_INFO } from '../../domain/stances';
import { useAppStore } from '../../store/appStore';
import { selectFilters, selectPaths } from '../../store/selectors';

/** What the search may use: how many steps, which kinds of lever, which stances. */
export function PathOptions() {
  const { maxHops, hiddenKinds, hiddenStances } = useAppStore(selectPaths);
  const filtered = filtersActive(useAppStore(selectFilters));
  const setPathOptions = useAppStore((s) => s.setPathOptions);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const changed = hiddenKinds.length + hiddenStances.length;
  return (
    <details className="path-options">
      <summary>
        Options
        <span className="muted">
          {' '}
          · up to {maxHops} steps{changed > 0 ? ` · ${changed} left out` : ''}
        </span>
      </summary>
      <label className="path-option-row">
        Steps at most{' '}
        <select value={maxHops} onChange={(event) => setPathOptions({ maxHops: Number(event.target.value) })}>
          {Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <CheckGroup
        legend="Kinds of lever"
        items={LEVER_KIND_IDS.map((kind) => ({
          id: kind,
          label: (
            <>
              {LEVER_KINDS[kind].label} <span className="muted">({LEVER_KINDS[kind].verb})</span>
            </>
          ),
        }))}
        hidden={hiddenKinds}
        onChange={(next) => setPathOptions({ hiddenKinds: next })}
      />
      <CheckGroup
        legend="Claims"
        items={STANCES.map((stance) => ({ id: stance, label: STANCE_INFO[stance].label }))}
        hidden={hiddenStances}
        onChange={(next) => setPathOptions({ hiddenStances: next })}
      />
      <p className="muted path-option-note">
        Only relations the map’s filters show are used.
        {filtered && (
          <>
            {' '}
            Filters are on now.{' '}
            <button type="button" className="btn-link" onClick={resetFilters}>
              Show everything
            </button>
          </>
        )}
      </p>
    </details>
  );
}

/** Checkboxes for the members of a list that are kept; unticking one leaves it out. */
function CheckGroup<T extends string>({
  legend,
  items,
  hidden,
  onChange,
}: {
  legend: string;
  items: { id: T; label: ReactNode }[];
  hidden: readonly T[];
  onChange: (hidden: T[]) => void;
}) {
  return (
    <fieldset className="path-option-group">
      <legend>{legend}</legend>
      {items.map(({ id, label }) => (
        <label key={id} className="path-option-check">
          <input
            type="checkbox"
            checked={!hidden.includes(id)}
            onChange={() => onChange(toggled(hidden, id))}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
