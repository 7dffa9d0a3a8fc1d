/**
 * A cytoscape instance for a dataset whose actors all have positions, ready for its first
 * frame: elements, the stylesheet for the mode and zoom, the camera fitted without
 * measuring labels, and the styles and boxes worked out (see firstDraw.ts).
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { Position } from '../domain/schema';
import type { Camera } from '../store/urlState';
import { claimCytoscapeStylesheet } from './cytoscapeStylesheet';
import { addEdgesAfterStyling, primeForFirstDraw } from './firstDraw';
import { fitViewport, MAX_ZOOM, minZoomFor } from './layout/viewport';
import { edgeLabelsShown, FEW_RELATIONS } from './labelFonts';
import { rendererOptions, setFewRelations, setRenderMode, type RenderMode } from './renderMode';
import { buildStylesheet } from './stylesheet';
import { rememberStyleZoom } from './zoomStyle';

/** The zoom and pan that put the camera's model point at the centre of the container. */
function cameraViewport({ zoom, x, y }: Camera, width: number, height: number, minZoom: number) {
  const z = Math.min(MAX_ZOOM, Math.max(minZoom, zoom));
  return { zoom: z, pan: { x: width / 2 - x * z, y: height / 2 - y * z } };
}

export function createGraph(
  container: HTMLElement,
  elements: ElementDefinition[],
  positions: Record<string, Position>,
  mode: RenderMode,
  /** The camera a shared link carries; without one the map is fitted. */
  camera: Camera | null = null,
  /** More rules: a large map's overview's (groupOverview.ts). */
  extra: StylesheetJson = [],
): Core {
  // On a large map a drag anywhere pans (cytoscape's "passthrough panning"): moving one actor
  // there would redraw thousands of elements at every step of the drag.
  const pannable = mode === 'large';
  const placed = elements.map((el) => {
    if (el.group !== 'nodes') return el;
    // Own entries only: an actor id such as "constructor" would find the inherited function.
    const id = el.data.id!;
    const position = Object.hasOwn(positions, id) ? positions[id] : undefined;
    return { ...el, ...(position ? { position } : {}), ...(pannable ? { pannable } : {}) };
  });
  const points = Object.values(positions);
  const { clientWidth: width, clientHeight: height } = container;
  const minZoom = minZoomFor(points, width, height);
  // Relations proper: not the faint "part of" links, nor the bundles drawn over relations.
  const relations = elements.filter(
    (el) => el.group === 'edges' && !el.data.partOf && !el.data.bundle,
  ).length;
  const few = relations <= FEW_RELATIONS;
  const viewport = camera
    ? cameraViewport(camera, width, height, minZoom)
    : fitViewport(points, width, height, 30, minZoom);
  // Large maps get their relations once their actors are styled (see firstDraw.ts); on a
  // small one the second step costs more than it saves.
  const staged = mode === 'large';
  const edges = staged ? placed.filter((el) => el.group === 'edges') : [];
  // Keeps cytoscape from adding a <style> element the content security policy refuses.
  claimCytoscapeStylesheet(container.ownerDocument);
  const instance = cytoscape({
    container,
    elements: staged ? placed.filter((el) => el.group === 'nodes') : placed,
    // Labels are styled for the zoom the map opens at, not restyled once it is shown.
    style: buildStylesheet({
      zoom: viewport.zoom,
      mode,
      edgeLabels: edgeLabelsShown(viewport.zoom, few),
      extra,
    }),
    ...rendererOptions(mode),
    // preset keeps the positions given on the elements.
    layout: { name: 'preset', fit: false },
    ...viewport,
    minZoom,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    autounselectify: true,
  });
  if (staged) addEdgesAfterStyling(instance, edges);
  performance.mark('lm:elements-built');
  setRenderMode(instance, mode);
  setFewRelations(instance, few);
  rememberStyleZoom(instance, viewport.zoom);
  primeForFirstDraw(instance);
  return instance;
}
