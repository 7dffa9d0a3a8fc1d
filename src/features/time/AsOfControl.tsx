import { useEffect, useId, useState } from 'react';
import { formatPartialDate } from '../../domain/format';
import type { PartialDate } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { selectFilters } from '../../store/selectors';

/** Where a date stands on the slider: a date from a link or a slide may be a day; its month. */
const monthIndex = (months: readonly PartialDate[], date: PartialDate) => months.indexOf(date.slice(0, 7));

/** How long each month shows while playing: long enough to read what changed. */
const PLAY_STEP_MS = 1100;

/**
 * The "As of" slider: a month at a time from the first dated month to the latest, with play
 * and pause (a long story plays its latest year, `playFrom`, which the axis reads month by
 * month; the slider still reaches back to the first date). At rest (no date chosen) the map shows every date; "All dates" goes back there.
 * Arrows step a month and Home/End jump to the ends: a range input does that by itself.
 */
export function AsOfControl({ months, playFrom }: { months: readonly PartialDate[]; playFrom: number }) {
  const asOf = useAppStore(selectFilters).time.asOf;
  const setTime = useAppStore((s) => s.setTime);
  const [playing, setPlaying] = useState(false);
  const id = useId();
  const last = months.length - 1;
  const position = asOf === null ? last : Math.max(0, monthIndex(months, asOf));
  const setMonth = (i: number) => setTime({ asOf: months[Math.min(Math.max(i, 0), last)] ?? null });

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = useAppStore.getState().filters.time.asOf;
      const at = current === null ? -1 : monthIndex(months, current);
      if (at >= last) setPlaying(false);
      else useAppStore.getState().setTime({ asOf: months[at + 1] ?? null });
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, months, last]);

  const play = () => {
    // From where the story's months begin when at the end (or showing every date), as a replay would.
    if (asOf === null || position >= last) setMonth(playFrom);
    setPlaying(true);
  };
  const valueText = asOf === null ? 'All dates' : formatPartialDate(asOf);
  return (
    <div className="asof">
      <label htmlFor={id} className="asof-label">
        As of
      </label>
      <button
        type="button"
        className="btn asof-play"
        onClick={playing ? () => setPlaying(false) : play}
        aria-label={playing ? 'Pause' : 'Play month by month'}
        title={playing ? 'Pause' : 'Play the story month by month'}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <input
        id={id}
        type="range"
        className="asof-slider"
        aria-label="As of"
        min={0}
        max={last}
        step={1}
        value={position}
        aria-valuetext={valueText}
        onChange={(event) => setMonth(Number(event.currentTarget.value))}
        // At rest the thumb already sits at the end, so End would change nothing: make it
        // choose the latest date, as it does from anywhere else.
        onKeyDown={(event) => {
          if (event.key === 'End' && asOf === null) setMonth(last);
        }}
      />
      {/* The slider's value text says it to a screen reader; the summary below announces the change. */}
      <span aria-hidden="true" className={asOf === null ? 'asof-value muted' : 'asof-value'}>
        {valueText}
      </span>
      <button
        type="button"
        className="btn"
        disabled={asOf === null}
        onClick={() => {
          setPlaying(false);
          setTime({ asOf: null });
        }}
      >
        All dates
      </button>
    </div>
  );
}
