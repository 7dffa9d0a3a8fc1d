import { useAppStore } from '../store/appStore';
import type { PanelName } from '../store/panelsSlice';

/**
 * Shows a panel that another covers in its slot, or hides it if it is showing: while the
 * cover is open, its key closes the cover and shows the panel, so the key never seems to do
 * nothing. The legend under the paths and the list under the timeline are such panels.
 */
export function toggleCovered(panel: PanelName, cover: { open: boolean; close: () => void }) {
  const s = useAppStore.getState();
  if (cover.open) {
    cover.close();
    if (!s.panels[panel]) s.togglePanel(panel);
  } else s.togglePanel(panel);
}
