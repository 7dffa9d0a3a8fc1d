import { ACTOR_TYPES, ACTOR_TYPE_IDS } from '../../domain/actorTypes';
import { presentIn, type LegendCounts } from '../../domain/legendCounts';
import { useAppStore } from '../../store/appStore';
import { LegendSection, plural } from './LegendSection';
import { LegendToggle } from './LegendToggle';
import { ShapeSwatch } from './ShapeSwatch';

export function ActorTypeLegend({ counts }: { counts: LegendCounts }) {
  const hidden = useAppStore((s) => s.filters.hiddenActorTypes);
  const toggleActorType = useAppStore((s) => s.toggleActorType);
  return (
    <LegendSection title="Actors">
      <ul className="legend-list" aria-label="Actor types">
        {presentIn(ACTOR_TYPE_IDS, counts.actorTypes).map((type) => {
          const info = ACTOR_TYPES[type];
          const count = counts.actorTypes.get(type) ?? 0;
          return (
            <li key={type}>
              <LegendToggle
                pressed={!hidden.includes(type)}
                onToggle={() => toggleActorType(type)}
                swatch={<ShapeSwatch shape={info.shape} color={info.color} />}
                label={info.plural}
                count={count}
                noun={plural(count, 'actor')}
                title={info.description}
              />
            </li>
          );
        })}
      </ul>
    </LegendSection>
  );
}
