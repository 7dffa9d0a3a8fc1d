import { MEASURE_IDS, MEASURES, type Measure } from '../../domain/leverage/measures';
import { useAppStore } from '../../store/appStore';
import { selectMetrics, selectSizeBy } from '../../store/selectors';
import { LegendSection } from '../sidebar/LegendSection';
import { LeverageTable } from './LeverageTable';
import './leverage.css';

/** What an actor's size stands for, and the table of who holds leverage by that measure. */
export function SizeByControl() {
  const sizeBy = useAppStore(selectSizeBy);
  const metrics = useAppStore(selectMetrics);
  const setSizeBy = useAppStore((s) => s.setSizeBy);
  return (
    <LegendSection title="Size and leverage">
      <label className="size-by">
        <span className="size-by-label">Size by</span>
        <select value={sizeBy} onChange={(event) => setSizeBy(event.target.value as Measure)}>
          {MEASURE_IDS.map((measure) => (
            <option key={measure} value={measure}>
              {MEASURES[measure].label}
            </option>
          ))}
        </select>
      </label>
      <p className="legend-note muted" aria-live="polite">
        {sizeBy !== 'relations' && metrics.status === 'computing'
          ? `Working out ${MEASURES[sizeBy].label.toLowerCase()}…`
          : sizeBy !== 'relations' && metrics.status === 'failed'
            ? `${MEASURES[sizeBy].label} could not be worked out (${metrics.message}).`
            : `Larger actors: ${MEASURES[sizeBy].description.replace(/^How/, 'how').replace(/^Leverage/, 'leverage')}`}
      </p>
      <LeverageTable />
    </LegendSection>
  );
}
