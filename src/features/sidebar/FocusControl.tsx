import { actorLabel } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { useAppStore } from '../../store/appStore';
import { selectSelected } from '../../store/selectors';
import { FocusHopsControl } from '../common/FocusHopsControl';
import { LegendSection } from './LegendSection';

/** Dims everything beyond a few steps of the selected actor; meaningless without one. */
export function FocusControl({ index }: { index: GraphIndex }) {
  const selected = useAppStore(selectSelected);
  const actorId = selected?.kind === 'actor' ? selected.id : null;
  return (
    <LegendSection title="Focus">
      <FocusHopsControl
        legend="Focus on selected actor"
        disabled={actorId === null}
        hint={
          actorId === null
            ? 'Select an actor in the graph, list or search to focus on its neighbourhood.'
            : `Dims everything more than the chosen steps away from ${actorLabel(index, actorId)}. Key: N.`
        }
      />
    </LegendSection>
  );
}
