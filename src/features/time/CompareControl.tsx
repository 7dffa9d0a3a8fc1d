import { useId } from 'react';
import { formatPartialDate } from '../../domain/format';
import type { PartialDate } from '../../domain/schema';
import { useAppStore } from '../../store/appStore';
import { selectCompare } from '../../store/selectors';

/**
 * Two dates to compare: a button starts comparing (the last three months by default), then
 * two month pickers; "Stop comparing" ends it.
 */
export function CompareControl({ months }: { months: readonly PartialDate[] }) {
  const compare = useAppStore(selectCompare);
  const setCompare = useAppStore((s) => s.setCompare);
  const fromId = useId();
  const toId = useId();
  if (months.length < 2) return null;
  if (!compare) {
    const last = months.length - 1;
    return (
      <button
        type="button"
        className="btn"
        onClick={() => setCompare({ a: months[Math.max(0, last - 3)]!, b: months[last]! })}
      >
        Compare two dates
      </button>
    );
  }
  const picker = (id: string, label: string, value: PartialDate, change: (date: PartialDate) => void) => (
    <span className="compare-pick">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value.slice(0, 7)} onChange={(event) => change(event.currentTarget.value)}>
        {months.map((month) => (
          <option key={month} value={month}>
            {formatPartialDate(month)}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <div className="compare" role="group" aria-label="Compare two dates">
      {picker(fromId, 'Compare from', compare.a, (a) => setCompare({ ...compare, a }))}
      {picker(toId, 'Compare to', compare.b, (b) => setCompare({ ...compare, b }))}
      <button type="button" className="btn" onClick={() => setCompare(null)}>
        Stop comparing
      </button>
    </div>
  );
}
