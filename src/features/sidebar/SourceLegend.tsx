import { formatCitation, shortSourceName } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import type { LegendCounts } from '../../domain/legendCounts';
import { useAppStore } from '../../store/appStore';
import { LegendSection, plural } from './LegendSection';
import { LegendToggle } from './LegendToggle';

/** Hiding a source hides the relations that only it supports; one quoted by both stays. */
export function SourceLegend({ index, counts }: { index: GraphIndex; counts: LegendCounts }) {
  const hidden = useAppStore((s) => s.filters.hiddenSources);
  const toggleSource = useAppStore((s) => s.toggleSource);
  return (
    <LegendSection title="Sources">
      <ul className="legend-list" aria-label="Sources">
        {[...index.sources.values()].map((source) => {
          const count = counts.sources.get(source.id) ?? 0;
          return (
            <li key={source.id}>
              <LegendToggle
                pressed={!hidden.includes(source.id)}
                onToggle={() => toggleSource(source.id)}
                swatch={null}
                label={
                  <>
                    <span className="legend-source-name">{shortSourceName(source)}</span>{' '}
                    <span className="legend-source-title muted">{source.title}</span>
                  </>
                }
                count={count}
                noun={`${plural(count, 'relation')} quote it`}
                title={formatCitation(source)}
              />
            </li>
          );
        })}
      </ul>
    </LegendSection>
  );
}
