import type { ReactNode } from 'react';
import { PanelBoundary } from './PanelBoundary';
import { PresentButton } from '../features/presentation/PresentButton';
import { SearchBox } from '../features/search/SearchBox';
import { useAppStore } from '../store/appStore';
import { selectData } from '../store/selectors';
import { TOGGLED_PANELS } from './panelRegistry';
import { PanelToggle } from './PanelToggle';

/**
 * `fileActions`: what opens and exports maps (Export, Open dataset…), passed in by the app so
 * that its read-only copy in one page (DossierApp) carries none of their code.
 */
export function TopBar({ fileActions }: { fileActions?: ReactNode }) {
  const data = useAppStore(selectData);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const ready = data.status === 'ready';
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-name">Leverage Map</span>
        {ready && (
          <h1 className="dataset-title" title={data.history.present.dataset.title}>
            {data.history.present.dataset.title}
          </h1>
        )}
      </div>
      {ready && (
        <PanelBoundary name="Search" compact>
          <SearchBox />
        </PanelBoundary>
      )}
      <div className="topbar-actions">
        {ready && TOGGLED_PANELS.map((panel) => <PanelToggle key={panel.id} panel={panel} />)}
        {fileActions}
        {ready && <PresentButton />}
        <button
          type="button"
          className="btn"
          onClick={() => setHelpOpen(true)}
          aria-label="Help and keyboard shortcuts"
        >
          ?
        </button>
      </div>
    </header>
  );
}
