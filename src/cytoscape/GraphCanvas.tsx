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
import { toElements } from './elements';
import { runLayout } from './layout';
import { buildStylesheet } from './stylesheet';
import { useCentreOnRequest } from './useCentreOnRequest';
import { useGraphEvents } from './useGraphEvents';
import { useViewClasses } from './useViewClasses';
import { useZoomLabels } from './useZoomLabels';
import './graph.css';

export default function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const loaded = useAppStore(selectLoaded);
  const index = useAppStore(selectIndex);
  const [cy, setCy] = useState<Core | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || !loaded || !index) return;
    const instance = cytoscape({
      container: element,
      elements: toElements(loaded.dataset, index),
      style: buildStylesheet(),
      layout: { name: 'null' },
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    let cancelled = false;
    const hasSaved = loaded.dataset.actors.every((a) => loaded.dataset.positions?.[a.id]);
    void runLayout(instance, hasSaved).then(() => {
      if (cancelled) return;
      element.setAttribute('data-graph-ready', 'true');
      setCy(instance);
    });
    const unregister = registerGraphCommands({
      fit: () => {
        instance.animate({ fit: { eles: instance.elements(':visible'), padding: 30 } }, { duration: 250 });
      },
    });
    return () => {
      cancelled = true;
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
