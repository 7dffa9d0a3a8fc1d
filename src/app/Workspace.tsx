import { useEffect, useState, type ReactNode } from 'react';
import { useAppStore, type AppState } from '../store/appStore';
import { selectPresenting } from '../store/selectors';
import { panelIn, type PanelEntry } from './panelRegistry';
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
 * so nothing moves when they fill in. (The embedded map waits the same way.)
 */
export function usePanelsAfterGraph(): [boolean, () => void] {
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

// Module-level, so each slot's subscription is one stable selector; they return registry
// entries, which are constants, so a slot re-renders only when its panel changes.
const selectLeft = (s: AppState) => panelIn(s, 'left');
const selectBottom = (s: AppState) => panelIn(s, 'bottom');
const selectRight = (s: AppState) => panelIn(s, 'right');
const selectStage = (s: AppState) => panelIn(s, 'stage');

/**
 * The graph with the panels around it; while presenting, the graph and the slide. On a
 * narrow window the map fills the workspace and the panel opened last is a sheet over it.
 * Which panel fills each slot is the panel registry's to say.
 */
export function Workspace() {
  const left = useAppStore(selectLeft);
  const bottom = useAppStore(selectBottom);
  const right = useAppStore(selectRight);
  const stage = useAppStore(selectStage);
  const presenting = useAppStore(selectPresenting) !== null;
  const [graphDone, showPanels] = usePanelsAfterGraph();
  const { Canvas, panels: loadedPanels, failed, retry } = useChunks(graphDone);
  const panelsRetry = failed.panels ? retry : null;
  const P = graphDone ? loadedPanels : null;
  const narrow = useNarrow();
  // In this order: of panels opened together, the last is the sheet on top.
  const sheet = useSheet(narrow && !presenting, {
    left: left !== null,
    right: right !== null,
    bottom: bottom !== null,
  });
  const shows = (name: SheetName, entry: PanelEntry | null) =>
    entry !== null && (!narrow || presenting || sheet === name);
  const showLeft = shows('left', left);
  /** A slot's panel in its own room: loading, failed to load, or there in its error boundary. */
  const room = (name: SheetName, entry: PanelEntry | null) => {
    if (!entry || !shows(name, entry)) return null;
    const Panel = P?.[entry.component];
    const panel = Panel
      ? guarded(entry.className, entry.label, <Panel />)
      : placeholder(entry.className, entry.label, panelsRetry);
    return narrow && sheet === name ? (
      <Sheet label={entry.label} onClose={entry.close}>
        {panel}
      </Sheet>
    ) : (
      panel
    );
  };
  const Stage = stage && P ? P[stage.component] : null;
  const Guide = P?.EmptyMapGuide;
  return (
    <div
      className={`workspace left-${showLeft && left ? left.className : 'none'}${presenting ? ' presenting' : ''}${narrow ? ' narrow' : ''}`}
      data-ready={P && Canvas ? 'true' : undefined}
    >
      {room('left', left)}
      <div className="centre">
        <main className="graph-area" aria-label="Graph">
          {Guide && <Guide />}
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
        {room('bottom', bottom)}
      </div>
      {room('right', right)}
      {/* The slide has no placeholder: presenting starts from a map whose panels are loaded. */}
      {stage && Stage && guarded(stage.className, stage.label, <Stage />)}
      {/* The leverage measures are worked out only once something can show them. */}
      {P && (
        <PanelBoundary name="Leverage measures" compact>
          <P.MetricsController />
        </PanelBoundary>
      )}
    </div>
  );
}
