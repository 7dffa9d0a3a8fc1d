/**
 * The graph canvas: owns the cytoscape instance's lifecycle and nothing else. The instance
 * is created once per dataset in an effect, kept out of React state, and destroyed on
 * cleanup. A dataset without saved positions is laid out in a worker first, with a status
 * on the canvas meanwhile. Each concern that keeps the graph in step with the store is a
 * hook of its own.
 */
import type { Core } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatCount } from '../domain/format';
import type { Dataset, Position } from '../domain/schema';
import { useAppStore } from '../store/appStore';
import { cameraFromSearch } from '../store/urlState';
import { selectIndex, selectLoaded, selectOpened } from '../store/selectors';
import { registerCanvasCommands } from './canvasCommands';
import { createGraph } from './createGraph';
import { elementsFor, prepareElements } from './elementsFor';
import { nextTask } from '../domain/steps';
import { gridPositions } from './layout/gridPositions';
import { savedPositions } from './layout/viewport';
import { useArrangeAround } from './useArrangeAround';
import { useCameraInUrl } from './useCameraInUrl';
import { markSynced, useElementSync } from './useElementSync';
import { useCentreOnRequest } from './useCentreOnRequest';
import { useGraphEvents } from './useGraphEvents';
import { useStoryView } from './useStoryView';
import { useViewClasses } from './useViewClasses';
import { useOverviewLabels } from './useOverviewLabels';
import { useKeyboardNavigation } from './useKeyboardNavigation';
import { useLabelPlacement } from './useLabelPlacement';
import { useNodeSizes } from './useNodeSizes';
import { useRefitOnFilter } from './useRefitOnFilter';
import { usePathView } from './usePathView';
import { useViewportDetail } from './useViewportDetail';
import { useZoomLabels } from './useZoomLabels';
import { OVERVIEW_FROM_ACTORS } from '../domain/largeMap';
import { retryable } from '../app/retryable';
import type { PreparedOverview } from './groupOverview';
import { overviewOf, useOverviewGroups } from './useOverviewGroups';
import './graph.css';

/**
 * The dataset's saved positions, or null if it must be laid out: ?layout=fresh ignores
 * saved positions, to re-lay out a map (see scripts/savePositions.ts).
 */
function positionsToDraw(dataset: Dataset): Record<string, Position> | null {
  const fresh = new URLSearchParams(window.location.search).get('layout') === 'fresh';
  return fresh ? null : savedPositions(dataset);
}

// Fetched only for the maps that need them; a failed fetch is tried anew on the next call.
const loadLayOutMap = retryable(() => import('./layout/layOutMap'));
const loadOverview = retryable(() => import('./groupOverview'));

/** An overview ready to draw, with its code. */
interface Ready {
  lib: typeof import('./groupOverview');
  prepared: PreparedOverview;
}

/** Whether a map is drawn as an overview of its groups (see groupOverview.ts). */
const drawnAsOverview = (dataset: Dataset) => dataset.actors.length >= OVERVIEW_FROM_ACTORS;

/** Frames cytoscape has drawn; not in its typings, but stable across 3.x and what its own tests use. */
function redrawCount(cy: Core): number {
  const renderer = (cy as unknown as { renderer: () => { redrawCount?: number } | undefined }).renderer();
  return renderer?.redrawCount ?? 0;
}

/** `id`: the map's element id, for links to it (the "Skip to map" link). */
export default function GraphCanvas({ id, onDrawn }: { id: string; onDrawn?: () => void }) {
  // Cytoscape watches its container's size and attributes and redraws every element when
  // either changes, so what the page needs to say about the graph goes on a frame around it.
  const frame = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const overviewLabels = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLDivElement>(null);
  const loaded = useAppStore(selectLoaded);
  // The graph is built when a map is opened; edits to it are synced, not rebuilt (useElementSync).
  const opened = useAppStore(selectOpened);
  const [cy, setCy] = useState<Core | null>(null);
  const [layoutFailure, setLayoutFailure] = useState<{ opened: number; message: string } | null>(null);
  // Set to throw from the render: how a failure in a promise reaches the panel's boundary.
  const [, crash] = useState<null>(null);
  // "Lay out again" after a failed layout builds the graph afresh, laying it out once more.
  const [layoutAttempt, setLayoutAttempt] = useState(0);
  // A map without saved positions is laid out before it is drawn: until then, say so.
  const layingOut = loaded !== null && !cy && !positionsToDraw(loaded.dataset);
  // A map drawn as an overview has its groups found first.
  const grouping = loaded !== null && !cy && !layingOut && drawnAsOverview(loaded.dataset);
  const failure = layoutFailure && layoutFailure.opened === opened ? layoutFailure.message : null;
  // The callback is read when the graph is drawn, so a new one never re-creates the graph.
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  }, [onDrawn]);

  // A layout effect, so the graph is built in the same task as the commit that mounts its
  // container, not a frame later.
  useLayoutEffect(() => {
    const element = container.current;
    const frameElement = frame.current;
    const state = useAppStore.getState();
    const map = selectLoaded(state);
    const index = selectIndex(state);
    if (!element || !map || !index || opened === 0) return;
    performance.mark('lm:canvas-start');
    const { dataset } = map;
    const abort = new AbortController();
    let instance: Core | null = null;
    let unregister: () => void = () => undefined;

    const begin = () => {
      const { elements, mode } = elementsFor(dataset, index);
      const draw = (positions: Record<string, Position>, ready: Ready | null) => {
        if (abort.signal.aborted) return;
        const camera = cameraFromSearch(window.location.search);
        const { projection, open } = ready?.prepared ?? { projection: null, open: null };
        const graph = createGraph(
          element,
          projection?.elements ?? elements,
          positions,
          mode,
          camera,
          ready?.lib.GROUP_STYLE,
        );
        instance = graph;
        if (ready) ready.lib.attachOverview(graph, ready.prepared, positions);
        markSynced(graph, index, open);
        unregister = registerCanvasCommands(graph, positions);
        setCy(graph);
        // Cytoscape draws in its own animation-frame loop; its redraw counter says when the
        // first frame is on screen (the render event is not fired in every mode).
        const waitForFirstDraw = () => {
          if (abort.signal.aborted) return;
          if (redrawCount(graph) > 0) {
            performance.mark('lm:graph-drawn');
            frameElement?.setAttribute('data-graph-ready', 'true');
            onDrawnRef.current?.();
          } else {
            requestAnimationFrame(waitForFirstDraw);
          }
        };
        requestAnimationFrame(waitForFirstDraw);
      };

      // A map too large to draw whole is drawn as its groups, found in a worker; if they cannot
      // be found, it is drawn whole.
      const show = (positions: Record<string, Position>) => {
        if (abort.signal.aborted) return;
        if (!drawnAsOverview(dataset)) {
          draw(positions, null);
          return;
        }
        performance.mark('lm:groups-start');
        // The overview's code comes with it: smaller maps never fetch it.
        const { selected } = useAppStore.getState();
        loadOverview()
          .then(async (lib) => ({
            lib,
            prepared: await lib.prepareOverview(dataset, index, elements, positions, selected, abort.signal),
          }))
          .then(
            (ready) => {
              performance.mark('lm:groups-end');
              draw(positions, ready);
            },
            () => {
              if (abort.signal.aborted) return;
              // Drawn whole, which is slower; the notice offers to group it again.
              useAppStore.getState().reportLoadFailure({
                what: 'The groups of this large map',
                retry: () => setLayoutAttempt((n) => n + 1),
              });
              draw(positions, null);
            },
          );
      };

      const saved = positionsToDraw(dataset);
      performance.mark('lm:layout-start');
      if (saved) {
        performance.mark('lm:layout-end');
        show(saved);
      } else {
        const canvas = { width: element.clientWidth, height: element.clientHeight };
        // Its code comes only when a map needs laying out; if it cannot be fetched, the map
        // stands on a grid with "Lay out again", as when the layout fails.
        loadLayOutMap()
          .then(({ layOutMap }) => layOutMap(dataset, index, mode, canvas, abort.signal))
          .then(
            (positions) => {
              performance.mark('lm:layout-end');
              // Drawing is not part of laying out: a task of its own.
              setTimeout(() => show(positions), 0);
            },
            (error: unknown) => {
              if (abort.signal.aborted) return;
              performance.mark('lm:layout-end');
              const message = error instanceof Error ? error.message : String(error);
              setLayoutFailure({ opened, message });
              show(gridPositions(dataset.actors.map((a) => a.id)));
            },
          );
      }
    };
    // A map drawn as an overview is large: its elements are made a slice per task first.
    if (drawnAsOverview(dataset))
      prepareElements(dataset, index, nextTask, abort.signal)
        .then((ready) => {
          if (ready && !abort.signal.aborted) begin();
        })
        // A fault of ours: thrown where the Map panel's boundary catches it, as it was
        // when the elements were made in this effect, with its "reload this panel".
        .catch((error: unknown) => {
          if (!abort.signal.aborted)
            crash(() => {
              throw error;
            });
        });
    else begin();
    return () => {
      abort.abort();
      unregister();
      setCy(null);
      frameElement?.removeAttribute('data-graph-ready');
      instance?.destroy();
    };
  }, [opened, layoutAttempt]);

  // Opening and closing groups of an overview changes what is drawn: the hooks that style
  // what is drawn run again when it does.
  const open = useOverviewGroups(cy);
  useElementSync(cy, open);
  const overview = cy ? overviewOf(cy) : null;
  useGraphEvents(cy, tooltip);
  useViewClasses(cy, open);
  useCentreOnRequest(cy);
  useZoomLabels(cy);
  useViewportDetail(cy);
  useOverviewLabels(cy, overviewLabels, open);
  useStoryView(cy);
  usePathView(cy, frame);
  useNodeSizes(cy, open);
  useLabelPlacement(cy);
  useRefitOnFilter(cy);
  useCameraInUrl(cy);
  useArrangeAround(cy);
  useKeyboardNavigation(cy, frame, live);

  return (
    <div className="graph-canvas">
      <div
        ref={frame}
        className="graph-canvas-frame"
        id={id}
        role="application"
        aria-roledescription="map"
        aria-label="Map of actors and relations"
        aria-describedby={`${id}-how`}
        tabIndex={0}
        data-testid="graph"
      >
        <div ref={container} className="graph-canvas-surface" />
      </div>
      <div ref={overviewLabels} className="graph-overview-labels" aria-hidden="true" />
      <p id={`${id}-how`} className="visually-hidden">
        Arrow keys move from the selected actor to its neighbour that way; Enter opens its details. The
        relation list gives every relation as text.
      </p>
      <div ref={live} className="visually-hidden" role="status" aria-live="polite" />
      <div ref={tooltip} className="graph-tooltip" role="tooltip" hidden />
      {(layingOut || grouping) && (
        <div className="graph-status" role="status">
          <span className="spinner small" aria-hidden="true" />
          {layingOut ? 'Laying out' : 'Grouping'} {formatCount(loaded.dataset.actors.length, 'actor')}…
        </div>
      )}
      {overview && <p className="graph-overview-note">{overview.note}</p>}
      {failure && (
        <div className="graph-status graph-status-failed" role="alert">
          The map could not be laid out ({failure}), so its actors are set out on a grid.{' '}
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setLayoutFailure(null);
              setLayoutAttempt((n) => n + 1);
            }}
          >
            Lay out again
          </button>
        </div>
      )}
    </div>
  );
}
