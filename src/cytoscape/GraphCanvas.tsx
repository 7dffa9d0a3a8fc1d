/**
 * The graph canvas: owns the cytoscape instance's lifecycle and nothing else. The instance
 * is created once per dataset in an effect, kept out of React state, and destroyed on
 * cleanup. Each concern that keeps it in step with the store is a hook of its own.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { registerGraphCommands } from '../store/graphCommands';
import { selectLoaded, selectIndex } from '../store/selectors';
import { legendModel } from '../domain/legend';
import { captureSlides } from './captureSlides';
import { toElements } from './elements';
import { exportPng, exportSvg } from './exporters';
import { fitViewport, runLayout, savedPositions } from './layout';
import { buildStylesheet } from './stylesheet';
import { useCentreOnRequest } from './useCentreOnRequest';
import { useGraphEvents } from './useGraphEvents';
import { useViewClasses } from './useViewClasses';
import { useStoryView } from './useStoryView';
import { useZoomLabels } from './useZoomLabels';
import { rememberStyleZoom } from './zoomStyle';
import './graph.css';

/** Frames cytoscape has drawn; not in its typings, but stable across 3.x and what its own tests use. */
function redrawCount(cy: Core): number {
  const renderer = (cy as unknown as { renderer: () => { redrawCount?: number } | undefined }).renderer();
  return renderer?.redrawCount ?? 0;
}

export default function GraphCanvas({ onDrawn }: { onDrawn?: () => void }) {
  const container = useRef<HTMLDivElement>(null);
  const loaded = useAppStore(selectLoaded);
  const index = useAppStore(selectIndex);
  const [cy, setCy] = useState<Core | null>(null);
  // The callback is read when the graph is drawn, so a new one never re-creates the graph.
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  }, [onDrawn]);

  useEffect(() => {
    const element = container.current;
    if (!element || !loaded || !index) return;
    performance.mark('lm:canvas-start');
    const { dataset } = loaded;
    // ?layout=fresh ignores saved positions: to re-lay out a map (see scripts/savePositions.ts).
    const fresh = new URLSearchParams(window.location.search).get('layout') === 'fresh';
    const saved = fresh ? null : savedPositions(dataset);
    // Saved positions are on the elements already: place the camera without measuring labels,
    // and style the labels for that zoom at once instead of restyling every element later.
    const viewport = saved
      ? fitViewport(Object.values(saved), element.clientWidth, element.clientHeight, 30)
      : null;
    const zoom = viewport?.zoom ?? 1;
    const instance = cytoscape({
      container: element,
      elements: toElements(dataset, index),
      style: buildStylesheet({ zoom }),
      // preset keeps the positions given on the elements; 'null' would stack every node at 0,0.
      layout: saved ? { name: 'preset', fit: false } : { name: 'null' },
      ...viewport,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    rememberStyleZoom(instance, zoom);
    let cancelled = false;
    performance.mark('lm:layout-start');
    void (saved ? Promise.resolve() : runLayout(instance)).then(() => {
      if (cancelled) return;
      performance.mark('lm:layout-end');
      setCy(instance);
      // Cytoscape draws in its own animation-frame loop; its redraw counter says when the
      // first frame is on screen (the render event is not fired in every mode).
      const waitForFirstDraw = () => {
        if (cancelled) return;
        if (redrawCount(instance) > 0) {
          performance.mark('lm:graph-drawn');
          element.setAttribute('data-graph-ready', 'true');
          onDrawnRef.current?.();
        } else {
          requestAnimationFrame(waitForFirstDraw);
        }
      };
      requestAnimationFrame(waitForFirstDraw);
    });
    // Panels open and close beside the canvas; cytoscape only watches the window by itself.
    const resizeObserver = new ResizeObserver(() => instance.resize());
    resizeObserver.observe(element);
    const unregister = registerGraphCommands({
      fit: () => {
        instance.animate({ fit: { eles: instance.elements(':visible'), padding: 30 } }, { duration: 250 });
      },
      exportImage: (format) => {
        const { data } = useAppStore.getState();
        if (data.status !== 'ready') return Promise.resolve(null);
        const model = legendModel(data.loaded.dataset);
        return format === 'png' ? exportPng(instance, model) : exportSvg(instance, model);
      },
      captureSlides: (storyId) => {
        const { data } = useAppStore.getState();
        const story =
          data.status === 'ready' ? data.loaded.dataset.stories.find((st) => st.id === storyId) : undefined;
        if (data.status !== 'ready' || !story) return Promise.resolve(null);
        return captureSlides(instance, data.index, story);
      },
      positions: () =>
        Object.fromEntries(
          instance.nodes().map((node) => {
            const { x, y } = node.position();
            return [node.id(), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }];
          }),
        ),
    });
    return () => {
      cancelled = true;
      resizeObserver.disconnect();
      unregister();
      setCy(null);
      element.removeAttribute('data-graph-ready');
      instance.destroy();
    };
  }, [loaded, index]);

  useGraphEvents(cy);
  useViewClasses(cy);
  useCentreOnRequest(cy);
  useZoomLabels(cy);
  useStoryView(cy);

  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label="Graph of actors and relations. Use the relation list below for a text view of every relation."
      data-testid="graph"
    />
  );
}
