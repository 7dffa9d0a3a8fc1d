import { FocusHopsControl } from '../common/FocusHopsControl';

/** Dims everything in the graph but the selected actor's neighbourhood. */
export function FocusControl() {
  return <FocusHopsControl legend="Focus" hint="Dims all but the actors this many relations away (key N)." />;
}
