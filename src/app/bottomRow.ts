/**
 * The row under the map holds one panel at a time: the timeline while it is open, else the
 * relation list. Their toggles (given to the panel registry's buttons and keys) keep the two
 * in agreement, so a key never seems to do nothing because the other panel covers it.
 */
import { useAppStore } from '../store/appStore';
import { toggleCovered } from './coveredPanel';

/** Shows the relation list, or hides it if it is showing; showing it closes the timeline. */
export function toggleList() {
  const s = useAppStore.getState();
  toggleCovered('list', { open: s.timelineOpen, close: () => s.setTimelineOpen(false) });
}

export function toggleTimeline() {
  const s = useAppStore.getState();
  s.setTimelineOpen(!s.timelineOpen);
}
