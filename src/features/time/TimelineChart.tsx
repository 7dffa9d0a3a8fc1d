import type { ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import {
  memo,
  useMemo,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import type { ElementRef, GraphIndex } from '../../domain/graphIndex';
import { RELATION_CATEGORIES } from '../../domain/relationTypes';
import { CHANGE_LOOK, type Comparison } from '../../domain/time/compareDates';
import type { Lane, TimelineMark } from '../../domain/time/lanes';
import { monthOf } from '../../domain/time/months';
import { asOfDay, type Stretch } from '../../domain/time/partialDates';
import { periodStretch } from '../../domain/time/timeFilter';
import { useAppStore } from '../../store/appStore';
import { selectFilters, selectSelected } from '../../store/selectors';
import {
  DENSE_ROW_H,
  MARK_H,
  MIN_MARK_PX,
  ROW_H,
  markName,
  axisTicks,
  timeAxis,
  tickLabel,
  type Layout,
  type TimeAxis,
} from './timelineGeometry';

const DEAL_COLOR = '#334155';
const DAY_MS = 86_400_000;

interface ChartProps {
  index: GraphIndex;
  lanes: readonly Lane[];
  layout: Layout;
  extent: Stretch;
  width: number;
  comparison: Comparison | null;
}

/**
 * The time axis: a lane per group, a mark per dated relation or deal (a day as a short bar,
 * a month or a year as a pale span over all of it, a faint tail while it still holds), the
 * as-of line, the brushed period and the compared dates. Dragging across the plot brushes a
 * period; a click on a mark selects it.
 */
export function TimelineChart({ index, lanes, layout, extent, width, comparison }: ChartProps) {
  const { labelWidth, height, axisHeight } = layout;
  const axis = useMemo(
    () => timeAxis(extent, labelWidth, Math.max(labelWidth + 40, width - 12)),
    [extent, labelWidth, width],
  );
  const { scale } = axis;
  const time = useAppStore(selectFilters).time;
  const selected = useAppStore(selectSelected);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);

  const instantAt = (event: ReactPointerEvent) => {
    const box = event.currentTarget.getBoundingClientRect();
    const range = scale.range();
    const x = Math.min(Math.max(event.clientX - box.left, range[0]!), range[range.length - 1]!);
    return scale.invert(x).getTime();
  };
  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0 || (event.target as Element).closest('.tl-mark')) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const at = instantAt(event);
    setDrag({ from: at, to: at });
  };
  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, to: instantAt(event) });
  };
  const onPointerUp = () => {
    if (!drag) return;
    setDrag(null);
    const [from, to] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
    // A click, not a drag, clears the period; a drag brushes whole months.
    if (scale(to) - scale(from) < 6) useAppStore.getState().setTime({ period: null });
    else useAppStore.getState().setTime({ period: { from: monthOf(from), to: monthOf(to - 1) } });
  };

  const range = scale.range();
  const [plotLeft, plotRight] = [range[0]!, range[range.length - 1]!];
  const period = time.period ? periodStretch(time.period) : null;
  const asOfX = time.asOf ? scale(asOfDay(time.asOf) + DAY_MS) : null;
  return (
    <svg
      className="tl-chart"
      width={width}
      height={height}
      role="group"
      aria-label="Dated relations on a time axis"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
    >
      <Axis axis={axis} axisHeight={axisHeight} height={height} />
      {period && (
        <rect
          className="tl-period"
          x={scale(period.first)}
          y={axisHeight}
          width={Math.max(2, scale(period.next) - scale(period.first))}
          height={height - axisHeight}
        />
      )}
      {drag && (
        <rect
          className="tl-brush"
          x={scale(Math.min(drag.from, drag.to))}
          y={axisHeight}
          width={Math.abs(scale(drag.to) - scale(drag.from))}
          height={height - axisHeight}
        />
      )}
      <Lanes index={index} lanes={lanes} layout={layout} scale={scale} end={extent.next} />
      {comparison && <CompareMarks layout={layout} scale={scale} comparison={comparison} height={height} />}
      <SelectedMark layout={layout} scale={scale} selected={selected} />
      {asOfX !== null && (
        <g className="tl-asof" aria-hidden="true">
          <rect
            x={asOfX}
            y={axisHeight}
            width={Math.max(0, plotRight - asOfX)}
            height={height - axisHeight}
          />
          <line x1={asOfX} x2={asOfX} y1={axisHeight - 6} y2={height} />
        </g>
      )}
      <line className="tl-edge" x1={plotLeft} x2={plotLeft} y1={axisHeight} y2={height} aria-hidden="true" />
    </svg>
  );
}

function Axis({ axis, axisHeight, height }: { axis: TimeAxis; axisHeight: number; height: number }) {
  const { scale, focusFrom } = axis;
  const [left] = scale.range() as [number, number];
  return (
    <g className="tl-axis" aria-hidden="true">
      {focusFrom !== null && (
        <rect className="tl-context" x={left} y={0} width={scale(focusFrom) - left} height={height} />
      )}
      {axisTicks(axis).map(({ date, step }) => {
        const x = scale(date);
        return (
          <g key={date.getTime()}>
            <line x1={x} x2={x} y1={axisHeight - 4} y2={height} />
            <text x={x + 3} y={axisHeight - 8}>
              {tickLabel(date, step)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

interface LanesProps {
  index: GraphIndex;
  lanes: readonly Lane[];
  layout: Layout;
  scale: ScaleTime<number, number>;
  end: number;
}

// Drawn once per map, grouping and width: moving the as-of date or selecting redraws only
// the layers above, so the slider stays smooth on a map with thousands of dated relations.
const Lanes = memo(function Lanes({ index, lanes, layout, scale, end }: LanesProps) {
  const select = (mark: TimelineMark) => {
    const target: ElementRef = { kind: mark.kind, id: mark.id };
    useAppStore.getState().select(target, { centre: true });
  };
  return (
    <g>
      {lanes.map((lane) => {
        const place = layout.lanes.get(lane.key)!;
        return (
          <g key={lane.key} className="tl-lane">
            <text className="tl-lane-label" x={6} y={place.y + 12}>
              {lane.label}
            </text>
            <line
              className="tl-lane-rule"
              x1={0}
              x2={scale.range().at(-1)}
              y1={place.y - 3}
              y2={place.y - 3}
            />
            {place.dense ? (
              <DenseLane lane={lane} y={place.y} scale={scale} />
            ) : (
              lane.rows.map((row, r) =>
                row.map((mark) => (
                  <Mark
                    key={mark.id}
                    mark={mark}
                    name={markName(index, mark)}
                    y={place.y + r * ROW_H}
                    scale={scale}
                    end={end}
                    onSelect={select}
                  />
                )),
              )
            )}
          </g>
        );
      })}
    </g>
  );
});

/** What makes an SVG shape a button: focusable, and pressed by a click, Enter or Space. */
function svgButton(press: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: press,
    onKeyDown: (event: ReactKeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        press();
      }
    },
  } as const;
}

function markBox(mark: TimelineMark, scale: ScaleTime<number, number>) {
  const { first, next } = mark.span.dated!;
  const x = scale(first);
  return { x, width: Math.max(MIN_MARK_PX, scale(next) - x) };
}

function Mark({
  mark,
  name,
  y,
  scale,
  end,
  onSelect,
}: {
  mark: TimelineMark;
  name: string;
  y: number;
  scale: ScaleTime<number, number>;
  end: number;
  onSelect: (mark: TimelineMark) => void;
}) {
  const color = mark.category ? RELATION_CATEGORIES[mark.category].color : DEAL_COLOR;
  const { x, width } = markBox(mark, scale);
  const { span } = mark;
  // A date known only to the month or the year is a pale span over all of it.
  const precise = span.start!.next - span.start!.first <= DAY_MS;
  const tailEnd = scale(Math.min(span.until, end));
  return (
    <g className="tl-mark" aria-label={name} {...svgButton(() => onSelect(mark))}>
      <title>{name}</title>
      {tailEnd > x + width && (
        <line
          className="tl-tail"
          x1={x + width}
          x2={tailEnd}
          y1={y + MARK_H / 2}
          y2={y + MARK_H / 2}
          stroke={color}
        />
      )}
      <rect
        x={x}
        y={y}
        width={width}
        height={MARK_H}
        rx={2}
        fill={color}
        fillOpacity={precise ? 1 : 0.35}
        stroke={color}
      />
    </g>
  );
}

/** A lane with too many marks to draw one by one: how many relations each month holds. */
function DenseLane({ lane, y, scale }: { lane: Lane; y: number; scale: ScaleTime<number, number> }) {
  const counts = new Map<number, { count: number; color: string }>();
  for (const mark of lane.rows.flat()) {
    const month = utcMonth.floor(new Date(mark.span.dated!.first)).getTime();
    const color = mark.category ? RELATION_CATEGORIES[mark.category].color : DEAL_COLOR;
    counts.set(month, { count: (counts.get(month)?.count ?? 0) + 1, color });
  }
  const most = Math.max(...[...counts.values()].map((c) => c.count));
  const setPeriod = (month: number) => {
    const date = monthOf(month);
    useAppStore.getState().setTime({ period: { from: date, to: date } });
  };
  return (
    <g className="tl-dense">
      {[...counts].map(([month, { count, color }]) => {
        const x = scale(month);
        const barHeight = Math.max(2, (count / most) * (DENSE_ROW_H - 4));
        const label = `${count} relations dated ${tickLabel(new Date(month), 1, true)}: show that month`;
        return (
          <rect
            key={month}
            className="tl-mark"
            aria-label={label}
            x={x}
            y={y + DENSE_ROW_H - 4 - barHeight}
            width={Math.max(2, scale(utcMonth.offset(new Date(month), 1)) - x - 1)}
            height={barHeight}
            fill={color}
            {...svgButton(() => setPeriod(month))}
          >
            <title>{label}</title>
          </rect>
        );
      })}
    </g>
  );
}

interface OverlayProps {
  layout: Layout;
  scale: ScaleTime<number, number>;
}

function SelectedMark({ layout, scale, selected }: OverlayProps & { selected: ElementRef | null }) {
  const found = selected && selected.kind !== 'actor' ? layout.marks.get(selected.id) : undefined;
  if (!found) return null;
  const { x, width } = markBox(found.mark, scale);
  return (
    <rect
      className="tl-selected"
      x={x - 3}
      y={found.y - 3}
      width={width + 6}
      height={MARK_H + 6}
      rx={4}
      aria-hidden="true"
    />
  );
}

function CompareMarks({
  layout,
  scale,
  comparison,
  height,
}: OverlayProps & { comparison: Comparison; height: number }) {
  const dates = [comparison.a, comparison.b].map((d) => scale(asOfDay(d) + DAY_MS));
  return (
    <g className="tl-compare" aria-hidden="true">
      {dates.map((x, i) => (
        <g key={i}>
          <line x1={x} x2={x} y1={layout.axisHeight - 6} y2={height} />
          <text x={x + 3} y={layout.axisHeight + 10}>
            {i === 0 ? 'A' : 'B'}
          </text>
        </g>
      ))}
      {[...comparison.changes].map(([id, change]) => {
        if (change === 'unchanged') return null;
        const found = layout.marks.get(id);
        if (!found) return null;
        const { x, width } = markBox(found.mark, scale);
        const look = CHANGE_LOOK[change];
        return (
          <rect
            key={id}
            x={x - 2}
            y={found.y - 2}
            width={width + 4}
            height={MARK_H + 4}
            rx={3}
            fill="none"
            stroke={look.color}
            strokeWidth={2}
            strokeDasharray={look.line === 'dashed' ? '4 2' : look.line === 'dotted' ? '1 2' : undefined}
          />
        );
      })}
    </g>
  );
}
