import { presentIn, type LegendCounts } from '../../domain/legendCounts';
import { RELATION_CATEGORY_IDS } from '../../domain/relationTypes';
import { CategoryEntry } from './CategoryEntry';
import { LegendSection } from './LegendSection';

export function RelationTypeLegend({ counts }: { counts: LegendCounts }) {
  return (
    <LegendSection title="Relations">
      <p className="legend-note muted">Arrows point from the actor who acts to the one acted upon.</p>
      <p className="legend-note muted">
        Under each type: who holds the leverage, and its kind. Leverage does not always follow the arrow:
        along a dependency it lies with the side depended on.
      </p>
      <ul className="legend-list" aria-label="Relation categories">
        {presentIn(RELATION_CATEGORY_IDS, counts.categories).map((category) => (
          <CategoryEntry key={category} category={category} counts={counts} />
        ))}
      </ul>
    </LegendSection>
  );
}
