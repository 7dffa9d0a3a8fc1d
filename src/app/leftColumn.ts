/**
 * The left column holds one panel at a time: the source reader while a passage is read,
 * else the leverage paths, else the legend. These are the two toggles and the legend's state
 * that the panel registry (panelRegistry.ts) gives its buttons and keys: longer than an entry
 * should hold, since each must leave the other panel in agreement.
 */
import { useAppStore, type AppState } from '../store/appStore';
import { toggleCovered } from './coveredPanel';

/** Whether the legend is the left column's panel (the reader, when open, covers either). */
export const selectLegendShown = (s: AppState) => s.panels.sidebar && !s.pathsOpen;

/** Shows the legend, or hides it if it is showing. Opening it closes the paths panel. */
export function toggleLegend() {
  const s = useAppStore.getState();
  toggleCovered('sidebar', { open: s.pathsOpen, close: () => s.setPathsOpen(false) });
}

/** Opens or closes the paths panel; opened, the first empty end is ready to type in. */
export function togglePaths() {
  const s = useAppStore.getState();
  s.setPathsOpen(!s.pathsOpen);
  if (s.pathsOpen) return;
  const target = s.paths.from === null || s.paths.to !== null ? 'path-from' : 'path-to';
  // The panel's code may still be arriving: try for a few frames, then give up quietly.
  let tries = 30;
  const focus = () => {
    const input = document.getElementById(target);
    if (input) input.focus();
    else if (--tries > 0) requestAnimationFrame(focus);
  };
  requestAnimationFrame(focus);
}
