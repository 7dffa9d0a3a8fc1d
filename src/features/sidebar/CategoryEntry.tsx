import { useId, useState } from 'react';
import { presentTypesIn, type LegendCounts } from '../../domain/legendCounts';
import { LEVER_FLOWS, LEVER_KINDS, type LeverageSemantics } from '../../domain/leverage/semantics';
import { RELATION_CATEGORIES, RELATION_TYPES, type RelationCategory } from '../../domain/relationTypes';
import { useAppStore } from '../../store/appStore';
import { ArrowSwatch } from './ArrowSwatch';
import { plural } from './LegendSection';
import { LegendToggle } from './LegendToggle';
import { LineSwatch } from './LineSwatch';

/** A relation category (colour) that toggles as a whole, and its types (arrowheads) one by one. */
export function CategoryEntry({ category, counts }: { category: RelationCategory; counts: LegendCounts }) {
  const hidden = useAppStore((s) => s.filters.hiddenRelationTypes);
  const toggleRelationTypes = useAppStore((s) => s.toggleRelationTypes);
  const info = RELATION_CATEGORIES[category];
  // Only the types the dataset uses: hiding an absent type would only clutter the URL.
  const types = presentTypesIn(category, counts);
  const shownCount = types.filter((t) => !hidden.includes(t)).length;
  const pressed = shownCount === types.length ? true : shownCount === 0 ? false : 'mixed';
  // Start open when only part of the category is shown, so that state is not hidden away.
  const [open, setOpen] = useState(pressed === 'mixed');
  const listId = useId();
  const count = counts.categories.get(category) ?? 0;
  return (
    <li className="legend-category">
      <div className="legend-row">
        <LegendToggle
          pressed={pressed}
          onToggle={() => toggleRelationTypes(types)}
          swatch={<LineSwatch line="solid" color={info.color} />}
          label={info.label}
          count={count}
          noun={plural(count, 'relation')}
          title={info.description}
        />
        <button
          type="button"
          className="legend-disclosure"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={`${info.label} types`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">▸</span>
        </button>
      </div>
      <ul id={listId} className="legend-list legend-types" hidden={!open} aria-label={`${info.label} types`}>
        {types.map((type) => {
          const typeInfo = RELATION_TYPES[type];
          const typeCount = counts.relationTypes.get(type) ?? 0;
          return (
            <li key={type}>
              <LegendToggle
                pressed={!hidden.includes(type)}
                onToggle={() => toggleRelationTypes([type])}
                swatch={<ArrowSwatch arrow={typeInfo.arrow} color={info.color} />}
                label={typeInfo.label}
                count={typeCount}
                noun={plural(typeCount, 'relation')}
                title={`${typeInfo.description} Arrow: ${typeInfo.direction}. Leverage: ${typeInfo.leverage.reason}`}
              />
              <LeverageLine leverage={typeInfo.leverage} />
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/**
 * Who holds the leverage along a type, and its kind. A sibling of the toggle, not inside it,
 * so the toggle's accessible name stays the type's label and count.
 */
function LeverageLine({ leverage }: { leverage: LeverageSemantics }) {
  return (
    <span className="legend-leverage muted">
      {leverage.flow === 'none' ? (
        'No leverage'
      ) : (
        <>
          <span className="visually-hidden">Leverage: </span>
          {LEVER_FLOWS[leverage.flow].label} · {LEVER_KINDS[leverage.kind].label}
        </>
      )}
    </span>
  );
}
