import { useCallback, useId, useMemo } from 'react';
import { formatCitation, shortSourceName } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { sourcesByUse, type LegendCounts } from '../../domain/legendCounts';
import type { Source } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { ShowAll, useShortList } from '../common/ShortList';
import { LegendSection, plural } from './LegendSection';
import { LegendToggle } from './LegendToggle';

/**
 * Hiding a source hides the relations that only it supports; one quoted by both stays. A
 * long list shows the most quoted sources and those hidden until the user asks for all.
 */
export function SourceLegend({ index, counts }: { index: GraphIndex; counts: LegendCounts }) {
  const hidden = useAppStore((s) => s.filters.hiddenSources);
  const toggleSource = useAppStore((s) => s.toggleSource);
  const sources = useMemo(() => sourcesByUse(index, counts.sources), [index, counts]);
  const isHidden = useCallback((source: Source) => hidden.includes(source.id), [hidden]);
  const list = useShortList(sources, isHidden);
  const id = useId();
  return (
    <LegendSection title="Sources">
      <ul className="legend-list" aria-label="Sources" id={id}>
        {list.shown.map((source) => {
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
      <ShowAll list={list} total={sources.length} noun="source" order="most quoted" controls={id} />
    </LegendSection>
  );
}
