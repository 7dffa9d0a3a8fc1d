import { ExportMenu } from '../features/dataset/ExportMenu';
import { PanelBoundary } from './PanelBoundary';
import { OpenDatasetButton } from '../features/dataset/OpenDatasetButton';
import { PresentButton } from '../features/presentation/PresentButton';
import { SearchBox } from '../features/search/SearchBox';
import { useAppStore } from '../store/appStore';
import { selectData, selectPanels, selectPathsOpen } from '../store/selectors';
import { selectLegendShown, toggleLegend, togglePaths } from './leftColumn';
import type { PanelName } from '../store/panelsSlice';

const PANEL_TOGGLES: { panel: PanelName; label: string; key: string }[] = [
  { panel: 'sidebar', label: 'Legend & filters', key: 'G' },
  { panel: 'list', label: 'Relation list', key: 'L' },
  { panel: 'details', label: 'Details', key: 'D' },
];

export function TopBar() {
  const data = useAppStore(selectData);
  const panels = useAppStore(selectPanels);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const pathsOpen = useAppStore(selectPathsOpen);
  const legendShown = useAppStore(selectLegendShown);
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
        {ready && (
          <button
            type="button"
            className="btn"
            aria-pressed={pathsOpen}
            title="Leverage paths: how one actor can move another (P)"
            onClick={togglePaths}
          >
            Paths
          </button>
        )}
        {ready &&
          PANEL_TOGGLES.map(({ panel, label, key }) => (
            <button
              key={panel}
              type="button"
              className="btn"
              aria-pressed={panel === 'sidebar' ? legendShown : panels[panel]}
              title={`Show or hide (${key})`}
              onClick={() => (panel === 'sidebar' ? toggleLegend() : togglePanel(panel))}
            >
              {label}
            </button>
          ))}
        {ready && <ExportMenu />}
        <OpenDatasetButton />
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
