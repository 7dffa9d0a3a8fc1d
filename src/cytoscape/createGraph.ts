/**
 * A cytoscape instance for a dataset whose actors all have positions, ready for its first
 * frame: elements, the stylesheet for the mode and zoom, the camera fitted without
 * measuring labels, and the boxes measured (see firstDraw.ts).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Position } from '../domain/schema';
import { primeForFirstDraw } from './firstDraw';
import { fitViewport, MAX_ZOOM, minZoomFor } from './layout/viewport';
import { rendererOptions, type RenderMode } from './renderMode';
import { buildStylesheet } from './stylesheet';
import { rememberStyle } from './zoomStyle';

export function createGraph(
  container: HTMLElement,
  elements: ElementDefinition[],
  positions: Record<string, Position>,
  mode: RenderMode,
): Core {
  const placed = elements.map((el) => {
    const position = el.group === 'nodes' ? positions[el.data.id!] : undefined;
    return position ? { ...el, position } : el;
  });
  const points = Object.values(positions);
  const { clientWidth: width, clientHeight: height } = container;
  const minZoom = minZoomFor(points, width, height);
  const viewport = fitViewport(points, width, height, 30, minZoom);
  const instance = cytoscape({
    container,
    elements: placed,
    // Labels are styled for the zoom the map opens at, not restyled once it is shown.
    style: buildStylesheet({ zoom: viewport.zoom, mode }),
    ...rendererOptions(mode),
    // preset keeps the positions given on the elements.
    layout: { name: 'preset', fit: false },
    ...viewport,
    minZoom,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    autounselectify: true,
  });
  performance.mark('lm:elements-built');
  rememberStyle(instance, mode, viewport.zoom);
  primeForFirstDraw(instance);
  return instance;
}
