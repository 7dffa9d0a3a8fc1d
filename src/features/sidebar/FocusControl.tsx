import { useId } from 'react';
import { actorLabel } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { useAppStore } from '../../store/appStore';
import { selectFocusHops, selectSelected } from '../../store/selectors';
import type { FocusHops } from '../../store/viewSlice';
import { LegendSection } from './LegendSection';

const OPTIONS: readonly { hops: FocusHops; label: string }[] = [
  { hops: 0, label: 'Off' },
  { hops: 1, label: '1 step' },
  { hops: 2, label: '2 steps' },
];

/** Dims everything beyond a few steps of the selected actor; meaningless without one. */
export function FocusControl({ index }: { index: GraphIndex }) {
  const selected = useAppStore(selectSelected);
  const focusHops = useAppStore(selectFocusHops);
  const setFocusHops = useAppStore((s) => s.setFocusHops);
  const hintId = useId();
  const name = useId();
  const actorId = selected?.kind === 'actor' ? selected.id : null;
  return (
    <LegendSection title="Focus">
      <fieldset className="focus-control" disabled={actorId === null} aria-describedby={hintId}>
        <legend>Focus on selected actor</legend>
        <div className="focus-options">
          {OPTIONS.map((option) => (
            <label key={option.hops}>
              <input
                type="radio"
                name={name}
                checked={focusHops === option.hops}
                onChange={() => setFocusHops(option.hops)}
              />
              {option.label}
            </label>
          ))}
        </div>
        <p id={hintId} className="focus-hint muted">
          {actorId === null
            ? 'Select an actor in the graph, list or search to focus on its neighbourhood.'
            : `Dims everything more than the chosen steps away from ${actorLabel(index, actorId)}. Key: N.`}
        </p>
      </fieldset>
    </LegendSection>
  );
}
