/**
 * The view in the URL: selection, filters, focus and the open source. Pure functions, so
 * a link always opens the same view and back/forward step through views.
 * ?sel=relation:us-lifts-potash&focus=1&read=carnegie-2025-12-17&at=1234
 *  &hideActors=person&hideTypes=war,smuggling&hideSources=…&hideStances=…&contested=1
 *  &story=the-border&slide=3   (slides are counted from 1 in the URL, as people count them)
 *  &paths=1&from=united-states&to=lukashenka&path=2&hops=5&hideKinds=access&hidePathStances=…
 *  &size=brokerage             (paths are counted from 1 as well)
 *  &panels=legend,list         (the open panels, when they differ from the window's defaults)
 *  &timeline=1&asof=2025-10&period=2025-09..2025-11&undated=hide&compare=2025-09..2025-12
 *                              (the timeline, the map as of a date, the period brushed on the
 *                               timeline, relations without a date hidden, two dates compared)
 *  &cam=0.85,120,-40           (the camera: zoom, then the model point at the centre; kept
 *                               as the view changes, written by the canvas, see useCameraInUrl)
 */
import { LEVER_KIND_IDS, type LeverKind } from '../domain/leverage/semantics';
import { MEASURE_IDS, type Measure } from '../domain/leverage/measures';
import { clampHops, DEFAULT_MAX_HOPS } from '../domain/leverage/paths';
import { ACTOR_TYPE_IDS, type ActorType } from '../domain/actorTypes';
import { NO_FILTERS } from '../domain/filters';
import type { ElementKind } from '../domain/graphIndex';
import { RELATION_TYPE_IDS, type RelationType } from '../domain/relationTypes';
import type { PartialDate, Stance } from '../domain/schema';
import { isPartialDate } from '../domain/time/partialDateText';
import { STANCES } from '../domain/stances';
import type { PanelName } from './panelsSlice';
import type { ViewState } from './viewState';

const KINDS: readonly ElementKind[] = ['actor', 'relation', 'deal'];
/**
 * Parameters that are not part of the view but must survive a view change: `layout=fresh`
 * too, since a map opened from files while another is on screen is drawn after the URL has
 * been written again; and `embed=1`, the map in an article's frame (embedUrl.ts).
 */
const KEPT = ['dataset', 'cam', 'layout', 'embed'];

/** The panels by their names in a URL (the legend is "sidebar" in the code). */
const PANEL_PARAM: Record<PanelName, string> = { sidebar: 'legend', details: 'details', list: 'list' };

function panelsFromParam(value: string | null): Record<PanelName, boolean> | null {
  if (value === null) return null;
  const named = new Set(value.split(',').filter(Boolean));
  return {
    sidebar: named.has(PANEL_PARAM.sidebar),
    details: named.has(PANEL_PARAM.details),
    list: named.has(PANEL_PARAM.list),
  };
}

export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

/** The camera a link asks for, or null if it names none or a malformed one. */
export function cameraFromSearch(search: string): Camera | null {
  const value = new URLSearchParams(search).get('cam');
  const [zoom, x, y] = (value ?? '').split(',').map(Number);
  if (zoom === undefined || x === undefined || y === undefined) return null;
  if (!(zoom > 0) || !Number.isFinite(zoom) || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { zoom, x, y };
}

/** The URL's search with the camera written in (rounded: a link need not be exact). */
export function searchWithCamera(search: string, camera: Camera): string {
  const params = new URLSearchParams(search);
  params.set('cam', `${camera.zoom.toFixed(3)},${Math.round(camera.x)},${Math.round(camera.y)}`);
  return `?${params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`;
}

/** Two partial dates written "A..B", or null if either is not one. */
function datePair(value: string | null): [PartialDate, PartialDate] | null {
  const [a, b, ...rest] = (value ?? '').split('..');
  return a && b && rest.length === 0 && isPartialDate(a) && isPartialDate(b) ? [a, b] : null;
}

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}

function only<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function viewFromSearch(search: string): ViewState {
  const params = new URLSearchParams(search);
  const [kind, ...rest] = (params.get('sel') ?? '').split(':');
  const id = rest.join(':');
  const selected =
    kind && id && (KINDS as readonly string[]).includes(kind) ? { kind: kind as ElementKind, id } : null;
  const hops = Number(params.get('focus'));
  const read = params.get('read');
  const at = Number(params.get('at'));
  const story = params.get('story');
  const slide = Number(params.get('slide') ?? '1');
  const from = params.get('from');
  const to = params.get('to');
  const path = Number(params.get('path'));
  const size = params.get('size');
  const asOf = params.get('asof');
  const period = datePair(params.get('period'));
  const compare = datePair(params.get('compare'));
  return {
    timelineOpen: params.get('timeline') === '1',
    compare: compare ? { a: compare[0], b: compare[1] } : null,
    pathsOpen: params.get('paths') === '1' || from !== null || to !== null,
    paths: {
      from,
      to,
      chosen: Number.isInteger(path) && path >= 1 ? path - 1 : null,
      maxHops: params.has('hops') ? clampHops(Number(params.get('hops'))) : DEFAULT_MAX_HOPS,
      hiddenKinds: only<LeverKind>(list(params, 'hideKinds'), LEVER_KIND_IDS),
      hiddenStances: only<Stance>(list(params, 'hidePathStances'), STANCES),
    },
    sizeBy: MEASURE_IDS.includes(size as Measure) ? (size as Measure) : 'relations',
    panels: panelsFromParam(params.get('panels')),
    presenting: story
      ? { storyId: story, slide: Number.isInteger(slide) && slide >= 1 ? slide - 1 : 0 }
      : null,
    selected,
    focusHops: hops === 1 || hops === 2 ? hops : 0,
    reader: read
      ? { sourceId: read, ...(params.has('at') && Number.isInteger(at) && at >= 0 ? { at } : {}) }
      : null,
    filters: {
      hiddenActorTypes: only<ActorType>(list(params, 'hideActors'), ACTOR_TYPE_IDS),
      hiddenRelationTypes: only<RelationType>(list(params, 'hideTypes'), RELATION_TYPE_IDS),
      hiddenSources: list(params, 'hideSources'),
      hiddenStances: only<Stance>(list(params, 'hideStances'), STANCES),
      contestedOnly: params.get('contested') === '1' || NO_FILTERS.contestedOnly,
      hideUnquoted: params.get('noevidence') === 'hide',
      time: {
        asOf: asOf !== null && isPartialDate(asOf) ? asOf : null,
        period: period ? { from: period[0], to: period[1] } : null,
        hideUndated: params.get('undated') === 'hide',
      },
    },
  };
}

/**
 * `defaultPanels`: the panels this window opens with; the URL names the open panels only
 * when they differ, so most links stay short.
 */
export function searchFromView(
  view: ViewState,
  current = '',
  defaultPanels: Record<PanelName, boolean> | null = null,
): string {
  const previous = new URLSearchParams(current);
  const params = new URLSearchParams();
  for (const key of KEPT) {
    const value = previous.get(key);
    if (value !== null) params.set(key, value);
  }
  if (view.selected) params.set('sel', `${view.selected.kind}:${view.selected.id}`);
  if (view.focusHops) params.set('focus', String(view.focusHops));
  if (view.reader) {
    params.set('read', view.reader.sourceId);
    if (view.reader.at !== undefined) params.set('at', String(view.reader.at));
  }
  const f = view.filters;
  const setList = (key: string, values: readonly string[]) => {
    if (values.length) params.set(key, [...values].sort().join(','));
  };
  setList('hideActors', f.hiddenActorTypes);
  setList('hideTypes', f.hiddenRelationTypes);
  setList('hideSources', f.hiddenSources);
  setList('hideStances', f.hiddenStances);
  if (f.contestedOnly) params.set('contested', '1');
  if (f.hideUnquoted) params.set('noevidence', 'hide');
  if (view.timelineOpen) params.set('timeline', '1');
  if (f.time.asOf) params.set('asof', f.time.asOf);
  if (f.time.period) params.set('period', `${f.time.period.from}..${f.time.period.to}`);
  if (f.time.hideUndated) params.set('undated', 'hide');
  if (view.compare) params.set('compare', `${view.compare.a}..${view.compare.b}`);
  if (view.presenting) {
    params.set('story', view.presenting.storyId);
    params.set('slide', String(view.presenting.slide + 1));
  }
  const p = view.paths;
  if (view.pathsOpen) params.set('paths', '1');
  if (p.from) params.set('from', p.from);
  if (p.to) params.set('to', p.to);
  if (p.chosen !== null) params.set('path', String(p.chosen + 1));
  if (p.maxHops !== DEFAULT_MAX_HOPS) params.set('hops', String(p.maxHops));
  setList('hideKinds', p.hiddenKinds);
  setList('hidePathStances', p.hiddenStances);
  if (view.sizeBy !== 'relations') params.set('size', view.sizeBy);
  const panels = view.panels;
  if (
    panels &&
    (!defaultPanels || (Object.keys(panels) as PanelName[]).some((k) => panels[k] !== defaultPanels[k]))
  ) {
    const open = (Object.keys(PANEL_PARAM) as PanelName[])
      .filter((k) => panels[k])
      .map((k) => PANEL_PARAM[k]);
    params.set('panels', open.join(','));
  }
  // The camera follows the view it was kept for; it is set last, by the canvas.
  const camera = params.get('cam');
  if (camera !== null) {
    params.delete('cam');
    params.set('cam', camera);
  }
  const text = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
