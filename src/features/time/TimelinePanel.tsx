import { useId, useMemo } from 'react';
import { formatCount, formatPartialDate } from '../../domain/format';
import { timelineLanes, type LaneGrouping } from '../../domain/time/lanes';
import { timeFilterActive } from '../../domain/time/timeFilter';
import { monthOf, monthsBetween } from '../../domain/time/months';
import { useAppStore } from '../../store/appStore';
import {
  selectComparison,
  selectFilters,
  selectIndex,
  selectTimeIndex,
  selectTimelineGroup,
  selectVisibility,
} from '../../store/selectors';
import { AsOfControl } from './AsOfControl';
import { CompareControl } from './CompareControl';
import { ComparisonList } from './ComparisonList';
import { TimelineChart } from './TimelineChart';
import { focusStart, layoutLanes, MIN_MARK_PX } from './timelineGeometry';
import { useWidth } from './useWidth';
import './timeline.css';

/**
 * When things happened: dated relations and deals on a time axis, the map as of any month,
 * a brushed period, and two dates compared. Undated relations are counted beside it.
 */
export function TimelinePanel() {
  const index = useAppStore(selectIndex);
  const time = useAppStore(selectTimeIndex);
  const grouping = useAppStore(selectTimelineGroup);
  const comparison = useAppStore(selectComparison);
  const filter = useAppStore(selectFilters).time;
  const visibility = useAppStore(selectVisibility);
  const [boxRef, width] = useWidth();
  const groupId = useId();
  const labelWidth = width < 600 ? 96 : 150;
  const extent = time?.extent ?? null;
  const plotWidth = Math.max(40, width - labelWidth - 12);
  const minSpan = extent ? ((extent.next - extent.first) / plotWidth) * MIN_MARK_PX : 0;
  const lanes = useMemo(
    () => (index && time ? timelineLanes(index, time, grouping, minSpan) : []),
    [index, time, grouping, minSpan],
  );
  const layout = useMemo(() => layoutLanes(lanes, labelWidth), [lanes, labelWidth]);
  const months = useMemo(() => (extent ? monthsBetween(extent.first, extent.next - 1) : []), [extent]);
  const focus = extent ? focusStart(extent) : null;
  const playFrom = focus === null ? 0 : Math.max(0, months.indexOf(monthOf(focus)));
  if (!index || !time) return <section className="timeline" aria-label="Timeline" />;

  const setTime = useAppStore.getState().setTime;
  const shownDated = visibility ? time.dated.filter((s) => visibility.relations.has(s.id)).length : 0;
  const summary = filter.asOf
    ? `${formatCount(shownDated, 'dated relation')} in force as of ${formatPartialDate(filter.asOf)}`
    : filter.period
      ? `${formatCount(shownDated, 'dated relation')} in the period`
      : formatCount(time.dated.length, 'dated relation');
  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-bar">
        <AsOfControl months={months} playFrom={playFrom} />
        <label className="timeline-check">
          <input
            type="checkbox"
            checked={!filter.hideUndated}
            onChange={(event) => setTime({ hideUndated: !event.currentTarget.checked })}
          />
          Show undated
        </label>
        <span className="timeline-group">
          <label htmlFor={groupId}>Group by</label>
          <select
            id={groupId}
            value={grouping}
            onChange={(event) =>
              useAppStore.getState().setTimelineGroup(event.currentTarget.value as LaneGrouping)
            }
          >
            <option value="category">Category</option>
            <option value="actor">Actor</option>
          </select>
        </span>
        <CompareControl months={months} />
      </div>
      <p className="timeline-summary" role="status">
        {summary} · {formatCount(time.undated, 'undated relation')}
        {filter.hideUndated ? ' hidden' : timeFilterActive(filter) ? ', shown faint' : ', not on the axis'}
        {filter.period && (
          <>
            {' '}
            · period {formatPartialDate(filter.period.from)} – {formatPartialDate(filter.period.to)}{' '}
            <button type="button" className="btn-link" onClick={() => setTime({ period: null })}>
              Clear period
            </button>
          </>
        )}
      </p>
      <div className={comparison ? 'timeline-body comparing' : 'timeline-body'}>
        {comparison && <ComparisonList index={index} comparison={comparison} />}
        <div className="timeline-chart-box" ref={boxRef}>
          {extent ? (
            <TimelineChart
              index={index}
              lanes={lanes}
              layout={layout}
              extent={extent}
              width={width}
              comparison={comparison}
            />
          ) : (
            <p className="timeline-empty">
              No relation in this map has a date yet. A relation’s date goes in its “When” field (Edit
              relation on a map of your own, or <code>when</code> in the file); a date known only to the month
              or the year is drawn over all of it.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
