import { useAppStore } from '../../store/appStore';
import { graphCommands } from '../../store/graphCommands';
import type { LoadedMap } from '../../store/dataSlice';
import { selectLoaded } from '../../store/selectors';

/**
 * The open map with its actors where they stand on screen now (or where it saved them, when
 * no canvas is there to ask): what every download of the whole map writes.
 */
export function mapOnScreen(): LoadedMap | null {
  const map = selectLoaded(useAppStore.getState());
  if (!map) return null;
  const positions = graphCommands.positions() ?? map.dataset.positions;
  return positions ? { ...map, dataset: { ...map.dataset, positions } } : map;
}
