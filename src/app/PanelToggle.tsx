import { useAppStore } from '../store/appStore';
import type { ToggledPanelEntry } from './panelRegistry';

/** A top-bar button that shows or hides a panel, pressed while the panel is open. */
export function PanelToggle({ panel }: { panel: ToggledPanelEntry }) {
  const open = useAppStore(panel.isOpen);
  const { button, title, key, run } = panel.toggle;
  return (
    <button type="button" className="btn" aria-pressed={open} title={`${title} (${key})`} onClick={run}>
      {button}
    </button>
  );
}
