import { useEffect, useState, type ComponentType } from 'react';
import { IssueList } from '../features/dataset/IssueList';
import { OpenDatasetButton } from '../features/dataset/OpenDatasetButton';
import { SaveLayoutButton } from '../features/dataset/SaveLayoutButton';
import { useFileDrop } from '../features/dataset/useFileDrop';
import { HelpDialog } from '../features/help/HelpDialog';
import { SearchBox } from '../features/search/SearchBox';
import { useAppStore } from '../store/appStore';
import { selectData, selectPanels, selectReader } from '../store/selectors';
import { useInitialDataset } from './useInitialDataset';
import { useShortcuts } from './useShortcuts';
import { useUrlSync } from './useUrlSync';

// Cytoscape is the heaviest dependency: it loads in its own chunk, started at once so it
// arrives while the dataset is still loading rather than after. Not React.lazy: Suspense
// holds revealed content back by up to 300 ms, which is most of our first-paint budget.
const graphCanvasChunk = import('../cytoscape/GraphCanvas');

type Panels = typeof import('./panels');
const panelsChunk: Promise<Panels> = import('./panels');

interface Chunks {
  Canvas: ComponentType<{ onDrawn: () => void }> | null;
  panels: Panels | null;
  failed: boolean;
}

/** The graph's and the panels' code, as each arrives; `failed` if either cannot be loaded. */
function useChunks(): Chunks {
  const [state, setState] = useState<Chunks>({ Canvas: null, panels: null, failed: false });
  useEffect(() => {
    let live = true;
    const fail = () => live && setState((s) => ({ ...s, failed: true }));
    graphCanvasChunk.then((m) => live && setState((s) => ({ ...s, Canvas: m.default })), fail);
    panelsChunk.then((panels) => live && setState((s) => ({ ...s, panels })), fail);
    return () => {
      live = false;
    };
  }, []);
  return state;
}

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
        {ready && <SaveLayoutButton />}
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

/** If the graph never draws (a failed chunk), the panels must still appear. */
const PANELS_AT_THE_LATEST_MS = 1500;

/**
 * The graph is drawn first and the panels right after: their first render would otherwise
 * delay the first picture by a fifth of a second. Until then each keeps its empty column,
 * so nothing moves when they fill in.
 */
function usePanelsAfterGraph(): [boolean, () => void] {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), PANELS_AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  return [ready, () => setReady(true)];
}

function Workspace() {
  const panels = useAppStore(selectPanels);
  const { Canvas, panels: loadedPanels, failed } = useChunks();
  const [graphDone, showPanels] = usePanelsAfterGraph();
  const P = graphDone ? loadedPanels : null;
  const panelsReady = P !== null;
  const reader = useAppStore(selectReader);
  const left = reader ? 'reader' : panels.sidebar ? 'sidebar' : 'none';
  const placeholder = (className: string, label: string) => (
    <aside className={className} aria-label={label} aria-busy="true" />
  );
  return (
    <div
      className={`workspace left-${left} ${panels.details ? 'with-details' : ''}`}
      data-ready={panelsReady && Canvas ? 'true' : undefined}
    >
      {!panelsReady ? (
        left !== 'none' && placeholder(left, left === 'reader' ? 'Source reader' : 'Legend and filters')
      ) : reader ? (
        <P.SourceReader />
      ) : (
        panels.sidebar && <P.Sidebar />
      )}
      <div className="centre">
        <main className="graph-area" aria-label="Graph">
          {Canvas ? (
            <Canvas onDrawn={showPanels} />
          ) : (
            <div className="status-screen" role={failed ? 'alert' : 'status'}>
              {failed
                ? 'The graph could not be loaded. Check your connection and reload; the relation list still works.'
                : 'Drawing the graph…'}
            </div>
          )}
        </main>
        {P && panels.list && <P.RelationTable />}
      </div>
      {panels.details && (P ? <P.DetailsPanel /> : placeholder('details', 'Details'))}
    </div>
  );
}
