import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectPanels, selectPathsOpen, selectPresenting, selectReader } from '../store/selectors';
import { useChunks } from './useChunks';

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

// Each panel keeps its room while its code loads, so the graph's canvas is sized once.
const placeholder = (className: string, label: string) => (
  <aside className={className} aria-label={label} aria-busy="true" />
);

const LEFT_LABELS = {
  reader: 'Source reader',
  'paths-panel': 'Leverage paths',
  sidebar: 'Legend and filters',
  none: '',
} as const;

/** The graph with the panels around it; while presenting, the graph and the slide. */
export function Workspace() {
  const panels = useAppStore(selectPanels);
  const reader = useAppStore(selectReader);
  const presenting = useAppStore(selectPresenting) !== null;
  const pathsOpen = useAppStore(selectPathsOpen);
  const [graphDone, showPanels] = usePanelsAfterGraph();
  const { Canvas, panels: loadedPanels, failed } = useChunks(graphDone);
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
  const showDetails = !presenting && panels.details;
  return (
    <div
      className={`workspace left-${left}${presenting ? ' presenting' : ''}`}
      data-ready={P && Canvas ? 'true' : undefined}
    >
      {left !== 'none' &&
        (!P ? (
          placeholder(left, leftLabel)
        ) : left === 'reader' ? (
          <P.SourceReader />
        ) : left === 'paths-panel' ? (
          <P.PathsPanel />
        ) : (
          <P.Sidebar />
        ))}
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
        {!presenting && panels.list && (P ? <P.RelationTable /> : placeholder('relations', 'Relation list'))}
      </div>
      {showDetails && (P ? <P.DetailsPanel /> : placeholder('details', 'Details'))}
      {presenting && P && <P.SlidePanel />}
      {/* The leverage measures are worked out only once something can show them. */}
      {P && <P.MetricsController />}
    </div>
  );
}
