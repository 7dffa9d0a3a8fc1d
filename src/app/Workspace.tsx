import { useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from '../store/appStore';
import { selectPanels, selectPathsOpen, selectPresenting, selectReader } from '../store/selectors';
import type { SheetName } from './sheets';
import { PanelBoundary } from './PanelBoundary';
import { useChunks } from './useChunks';
import { useNarrow } from './useNarrow';
import { MAP_ID } from './landmarks';
import { useSheet } from './useSheet';

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

// Each panel keeps its room while its code loads, so the graph's canvas is sized once; if the
// code cannot be fetched, the room says so and offers to try again.
const placeholder = (className: string, label: string, retry: (() => void) | null) =>
  retry ? (
    <aside className={className} aria-label={label}>
      <div role="alert" className="panel-crash">
        <p>{label} could not be loaded. Check your connection, then try again.</p>
        <button type="button" className="btn btn-primary" onClick={retry}>
          Try again
        </button>
      </div>
    </aside>
  ) : (
    <aside className={className} aria-label={label} aria-busy="true" />
  );

/** A panel in its own error boundary, so that its crash leaves the rest working. */
const guarded = (className: string, label: string, panel: ReactNode) => (
  <PanelBoundary key={className} name={label} className={className}>
    {panel}
  </PanelBoundary>
);

const LEFT_LABELS = {
  reader: 'Source reader',
  'paths-panel': 'Leverage paths',
  sidebar: 'Legend and filters',
  none: '',
} as const;

/** Closes the panel that is the left column now (the reader covers the paths, they the legend). */
function closeLeft(left: keyof typeof LEFT_LABELS) {
  const s = useAppStore.getState();
  if (left === 'reader') s.closeReader();
  else if (left === 'paths-panel') s.setPathsOpen(false);
  else if (left === 'sidebar') s.togglePanel('sidebar');
}

/** A panel as the sheet over a narrow window's map, with its name and a way to close it. */
function Sheet({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  return (
    <div className="sheet">
      <div className="sheet-bar">
        <span className="sheet-title">{label}</span>
        <button type="button" className="btn-icon" aria-label={`Close ${label}`} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </div>
  );
}

/**
 * The graph with the panels around it; while presenting, the graph and the slide. On a
 * narrow window the map fills the workspace and the panel opened last is a sheet over it.
 */
export function Workspace() {
  const panels = useAppStore(selectPanels);
  const reader = useAppStore(selectReader);
  const presenting = useAppStore(selectPresenting) !== null;
  const pathsOpen = useAppStore(selectPathsOpen);
  const [graphDone, showPanels] = usePanelsAfterGraph();
  const { Canvas, panels: loadedPanels, failed, retry } = useChunks(graphDone);
  const panelsRetry = failed.panels ? retry : null;
  const P = graphDone ? loadedPanels : null;
  // One column on the left: the reader while a passage is read, else the paths, else the legend.
  const left = presenting
    ? 'none'
    : reader
      ? 'reader'
      : pathsOpen
        ? 'paths-panel'
        : panels.sidebar
          ? 'sidebar'
          : 'none';
  const leftLabel = LEFT_LABELS[left];
  const narrow = useNarrow();
  const sheet = useSheet(narrow && !presenting, {
    left: left !== 'none',
    details: !presenting && panels.details,
    list: !presenting && panels.list,
  });
  const shows = (name: SheetName, open: boolean) => open && (!narrow || presenting || sheet === name);
  const showLeft = shows('left', left !== 'none');
  const showDetails = shows('details', !presenting && panels.details);
  const showList = shows('list', !presenting && panels.list);
  const inSheet = (name: SheetName, label: string, onClose: () => void, panel: ReactNode) =>
    narrow && sheet === name ? (
      <Sheet label={label} onClose={onClose}>
        {panel}
      </Sheet>
    ) : (
      panel
    );
  const leftPanel =
    showLeft &&
    (!P
      ? placeholder(left, leftLabel, panelsRetry)
      : guarded(
          left,
          leftLabel,
          left === 'reader' ? <P.SourceReader /> : left === 'paths-panel' ? <P.PathsPanel /> : <P.Sidebar />,
        ));
  const listPanel =
    showList &&
    (P
      ? guarded('relations', 'Relation list', <P.RelationTable />)
      : placeholder('relations', 'Relation list', panelsRetry));
  const detailsPanel =
    showDetails &&
    (P ? guarded('details', 'Details', <P.DetailsPanel />) : placeholder('details', 'Details', panelsRetry));
  return (
    <div
      className={`workspace left-${showLeft ? left : 'none'}${presenting ? ' presenting' : ''}${narrow ? ' narrow' : ''}`}
      data-ready={P && Canvas ? 'true' : undefined}
    >
      {leftPanel && inSheet('left', leftLabel, () => closeLeft(left), leftPanel)}
      <div className="centre">
        <main className="graph-area" aria-label="Graph">
          {Canvas ? (
            <PanelBoundary name="Map">
              <Canvas id={MAP_ID} onDrawn={showPanels} />
            </PanelBoundary>
          ) : failed.graph ? (
            <div className="status-screen" role="alert">
              <div>
                <p>
                  The graph could not be loaded. Check your connection, then try again; the panels still work.
                </p>
                <button type="button" className="btn btn-primary" onClick={retry}>
                  Try again
                </button>
              </div>
            </div>
          ) : (
            <div className="status-screen" role="status">
              Drawing the graph…
            </div>
          )}
        </main>
        {listPanel &&
          inSheet('list', 'Relation list', () => useAppStore.getState().togglePanel('list'), listPanel)}
      </div>
      {detailsPanel &&
        inSheet('details', 'Details', () => useAppStore.getState().togglePanel('details'), detailsPanel)}
      {presenting && P && guarded('slide-panel', 'Slide', <P.SlidePanel />)}
      {/* The leverage measures are worked out only once something can show them. */}
      {P && (
        <PanelBoundary name="Leverage measures" compact>
          <P.MetricsController />
        </PanelBoundary>
      )}
    </div>
  );
}
