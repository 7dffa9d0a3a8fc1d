import { lazy, Suspense } from 'react';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { IssueList } from '../features/dataset/IssueList';
import { OpenDatasetButton } from '../features/dataset/OpenDatasetButton';
import { useFileDrop } from '../features/dataset/useFileDrop';
import { HelpDialog } from '../features/help/HelpDialog';
import { RelationTable } from '../features/relations/RelationTable';
import { SourceReader } from '../features/reader/SourceReader';
import { SearchBox } from '../features/search/SearchBox';
import { Sidebar } from '../features/sidebar/Sidebar';
import { useAppStore } from '../store/appStore';
import { selectData, selectPanels, selectReader } from '../store/selectors';
import { useInitialDataset } from './useInitialDataset';
import { useShortcuts } from './useShortcuts';
import { useUrlSync } from './useUrlSync';

// Cytoscape is the heaviest dependency: it loads in its own chunk, beside the data.
const GraphCanvas = lazy(() => import('../cytoscape/GraphCanvas'));

export function App() {
  useInitialDataset();
  useUrlSync();
  useShortcuts();
  const dragging = useFileDrop();
  const data = useAppStore(selectData);
  return (
    <div className="app">
      <TopBar />
      {data.status === 'loading' && (
        <div className="status-screen" role="status">
          <div>
            <div className="spinner" aria-hidden="true" />
            Loading {data.file || 'the dataset'}…
          </div>
        </div>
      )}
      {data.status === 'empty' && (
        <div className="status-screen">
          <div>
            <h2>No dataset yet</h2>
            <p className="muted">
              Open a dataset .json file together with its source texts, or drop them on this window.
            </p>
            <OpenDatasetButton />
          </div>
        </div>
      )}
      {data.status === 'invalid' && (
        <IssueList title={`${data.file} could not be loaded`} issues={data.issues} />
      )}
      {data.status === 'ready' && <Workspace />}
      <HelpDialog />
      {dragging && <div className="drop-hint">Drop a dataset .json and its source .txt files</div>}
    </div>
  );
}

function TopBar() {
  const data = useAppStore(selectData);
  const panels = useAppStore(selectPanels);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const ready = data.status === 'ready';
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-name">Leverage Map</span>
        {ready && <h1 className="dataset-title">{data.loaded.dataset.title}</h1>}
      </div>
      {ready && <SearchBox />}
      <div className="topbar-actions">
        {ready && (
          <>
            <button
              type="button"
              className="btn"
              aria-pressed={panels.sidebar}
              onClick={() => togglePanel('sidebar')}
            >
              Legend &amp; filters
            </button>
            <button
              type="button"
              className="btn"
              aria-pressed={panels.list}
              onClick={() => togglePanel('list')}
            >
              Relation list
            </button>
            <button
              type="button"
              className="btn"
              aria-pressed={panels.details}
              onClick={() => togglePanel('details')}
            >
              Details
            </button>
          </>
        )}
        <OpenDatasetButton />
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

function Workspace() {
  const panels = useAppStore(selectPanels);
  const reader = useAppStore(selectReader);
  const left = reader ? 'reader' : panels.sidebar ? 'sidebar' : 'none';
  return (
    <div className={`workspace left-${left} ${panels.details ? 'with-details' : ''}`}>
      {reader ? <SourceReader /> : panels.sidebar && <Sidebar />}
      <div className="centre">
        <main className="graph-area" aria-label="Graph">
          <Suspense
            fallback={
              <div className="status-screen" role="status">
                Drawing the graph…
              </div>
            }
          >
            <GraphCanvas />
          </Suspense>
        </main>
        {panels.list && <RelationTable />}
      </div>
      {panels.details && <DetailsPanel />}
    </div>
  );
}
