import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectData, selectPresenting } from '../store/selectors';
import { MAP_ID } from './landmarks';
import { PanelBoundary } from './PanelBoundary';
import { SourceCredits } from './SourceCredits';
import { useChunks } from './useChunks';
import { useInitialDataset } from './useInitialDataset';
import { useUrlSync } from './useUrlSync';
import { usePanelsAfterGraph } from './Workspace';
import './embed.css';

/** Esc closes the details card, then the legend. */
function useEscape(closeLegend: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const { selected, select } = useAppStore.getState();
      if (selected) select(null);
      else closeLegend();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeLegend]);
}

/**
 * The map in an article's frame (`?embed=1`, see store/embedUrl.ts): the view the address
 * describes, read-only, filling the frame; a Legend button, and a card with what is clicked
 * and its quotes, which leads to the same view in the full app. The card takes a column
 * beside the map (below it in a narrow frame) rather than covering it, so the camera frames
 * what was chosen in the part of the map that shows. No top bar, no panels, no
 * editing, nothing stored; the view changes the frame's address without adding to the
 * article's history.
 */
export function EmbedApp() {
  useInitialDataset();
  useUrlSync({ replace: true });
  const [legendOpen, setLegendOpen] = useState(false);
  useEscape(() => setLegendOpen(false));
  const data = useAppStore(selectData);
  const presenting = useAppStore(selectPresenting) !== null;
  const [graphDone, showPanels] = usePanelsAfterGraph();
  const { Canvas, panels, failed, retry } = useChunks(graphDone);
  const P = graphDone ? panels : null;
  const ready = data.status === 'ready';
  return (
    <div className="app embed">
      <div className="embed-stage" data-ready={P && Canvas ? 'true' : undefined}>
        <div className="embed-map-area">
          <main className="graph-area embed-map" aria-label="Graph">
            {ready && Canvas ? (
              <PanelBoundary name="Map">
                <Canvas id={MAP_ID} onDrawn={showPanels} />
              </PanelBoundary>
            ) : data.status === 'invalid' || data.status === 'empty' || failed.graph ? (
              <div className="status-screen" role="alert">
                <div>
                  <p>The map could not be shown here.</p>
                  {failed.graph && (
                    <button type="button" className="btn btn-primary" onClick={retry}>
                      Try again
                    </button>
                  )}
                </div>
              </div>
            ) : (
              <div className="status-screen" role="status">
                Loading the map…
              </div>
            )}
          </main>
          <div className="embed-bar">
            {ready && <h1 className="embed-title">{data.history.present.dataset.title}</h1>}
            <button
              type="button"
              className="btn embed-legend-toggle"
              aria-pressed={legendOpen}
              disabled={!P}
              onClick={() => setLegendOpen((open) => !open)}
            >
              Legend
            </button>
          </div>
          {legendOpen && P && (
            <div className="embed-legend">
              <PanelBoundary name="Legend and filters" compact>
                <P.Sidebar />
              </PanelBoundary>
            </div>
          )}
        </div>
        {P && (
          <PanelBoundary name="Details" compact>
            {presenting ? <P.EmbedSlide /> : <P.EmbedCard />}
          </PanelBoundary>
        )}
        {P && (
          <PanelBoundary name="Leverage measures" compact>
            <P.MetricsController />
          </PanelBoundary>
        )}
      </div>
      <SourceCredits />
    </div>
  );
}
