import { useId, type ReactNode } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectFocusHops } from '../../store/selectors';
import type { FocusHops } from '../../store/filtersSlice';

const OPTIONS: readonly { hops: FocusHops; label: string }[] = [
  { hops: 0, label: 'Off' },
  { hops: 1, label: '1 step' },
  { hops: 2, label: '2 steps' },
];

/** Off / 1 step / 2 steps: how far from the selected actor the graph stays undimmed. */
export function FocusHopsControl({
  legend,
  hint,
  disabled = false,
}: {
  legend: string;
  hint: ReactNode;
  disabled?: boolean;
}) {
  const hops = useAppStore(selectFocusHops);
  const setFocusHops = useAppStore((s) => s.setFocusHops);
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="focus-control" disabled={disabled} aria-describedby={hintId}>
      <legend>{legend}</legend>
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
      <p id={hintId} className="muted focus-hint">
        {hint}
      </p>
    </fieldset>
  );
}
