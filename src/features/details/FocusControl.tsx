import { useId } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectFocusHops } from '../../store/selectors';
import type { FocusHops } from '../../store/viewSlice';

const OPTIONS: { hops: FocusHops; label: string }[] = [
  { hops: 0, label: 'Off' },
  { hops: 1, label: '1 step' },
  { hops: 2, label: '2 steps' },
];

/** Dims everything in the graph but the selected actor's neighbourhood. */
export function FocusControl() {
  const hops = useAppStore(selectFocusHops);
  const setFocusHops = useAppStore((s) => s.setFocusHops);
  const name = useId();
  return (
    <fieldset className="focus-control">
      <legend>Focus</legend>
      <div className="focus-options">
        {OPTIONS.map((option) => (
          <label key={option.hops} className="focus-option">
            <input
              type="radio"
              name={name}
              checked={hops === option.hops}
              onChange={() => setFocusHops(option.hops)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <p className="muted focus-hint">Dims all but the actors this many relations away (key N).</p>
    </fieldset>
  );
}
