import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters';
import { cameraFromSearch, searchFromView, searchWithCamera, viewFromSearch } from '../../src/store/urlState';
import { INITIAL_VIEW, type ViewState } from '../../src/store/viewState';

describe('the view in the URL', () => {
  it('round-trips selection, focus, reader and filters', () => {
    const view: ViewState = {
      ...INITIAL_VIEW,
      selected: { kind: 'relation', id: 'us-lifts-potash-sanctions-belaruskali' },
      focusHops: 2,
      reader: { sourceId: 'carnegie-2025-12-17', at: 1234 },
      presenting: { storyId: 'the-border', slide: 2 },
      filters: {
        hiddenActorTypes: ['person', 'event'],
        hiddenRelationTypes: ['war'],
        hiddenSources: ['ecfr-belarus-thaw'],
        hiddenStances: ['hypothetical'],
        contestedOnly: true,
        hideUnquoted: true,
        time: NO_FILTERS.time,
      },
    };
    const search = searchFromView(view);
    expect(search).toBe(
      '?sel=relation:us-lifts-potash-sanctions-belaruskali&focus=2&read=carnegie-2025-12-17&at=1234&hideActors=event,person&hideTypes=war&hideSources=ecfr-belarus-thaw&hideStances=hypothetical&contested=1&noevidence=hide&story=the-border&slide=3',
    );
    const back = viewFromSearch(search);
    expect(back).toEqual({
      ...view,
      filters: { ...view.filters, hiddenActorTypes: ['event', 'person'] },
    });
  });

  it('writes nothing for the initial view and keeps the dataset parameter', () => {
    expect(searchFromView(INITIAL_VIEW)).toBe('');
    expect(searchFromView(INITIAL_VIEW, '?dataset=belarus&sel=actor:x')).toBe('?dataset=belarus');
    // A fresh layout asked for survives the view being written while a new map loads.
    expect(searchFromView(INITIAL_VIEW, '?layout=fresh&sel=actor:x')).toBe('?layout=fresh');
  });

  it('ignores what it does not understand instead of failing', () => {
    const view = viewFromSearch(
      '?sel=planet:mars&focus=7&at=-3&read=&hideActors=state,unicorn&hideTypes=teleport',
    );
    expect(view.selected).toBeNull();
    expect(view.focusHops).toBe(0);
    expect(view.reader).toBeNull();
    expect(view.filters).toEqual({ ...NO_FILTERS, hiddenActorTypes: ['state'] });
  });

  it('round-trips the timeline, the as-of date, the period, the undated choice and the compared dates', () => {
    const view: ViewState = {
      ...INITIAL_VIEW,
      timelineOpen: true,
      compare: { a: '2025-09', b: '2025-12' },
      filters: {
        ...NO_FILTERS,
        time: { asOf: '2025-10-19', period: { from: '2025-09', to: '2025-11' }, hideUndated: true },
      },
    };
    const search = searchFromView(view);
    expect(search).toBe(
      '?timeline=1&asof=2025-10-19&period=2025-09..2025-11&undated=hide&compare=2025-09..2025-12',
    );
    expect(viewFromSearch(search)).toEqual(view);
  });

  it('drops a date that is not one, and a pair that is not two dates', () => {
    const view = viewFromSearch('?asof=2025-02-30&period=2025-09&compare=2025..2026..2027');
    expect(view.filters.time).toEqual(NO_FILTERS.time);
    expect(view.compare).toBeNull();
  });

  it('accepts ids with colons after the kind', () => {
    expect(viewFromSearch('?sel=deal:a:b').selected).toEqual({ kind: 'deal', id: 'a:b' });
  });

  it('round-trips the leverage question, the chosen path and the size measure', () => {
    const view: ViewState = {
      ...INITIAL_VIEW,
      pathsOpen: true,
      paths: {
        from: 'united-states',
        to: 'lukashenka',
        chosen: 1,
        maxHops: 5,
        hiddenKinds: ['access'],
        hiddenStances: ['hypothetical', 'recommended'],
      },
      sizeBy: 'brokerage',
    };
    const search = searchFromView(view);
    expect(search).toBe(
      '?paths=1&from=united-states&to=lukashenka&path=2&hops=5&hideKinds=access&hidePathStances=hypothetical,recommended&size=brokerage',
    );
    expect(viewFromSearch(search)).toEqual(view);
  });

  it('opens the paths panel for a link with only one end, and ignores nonsense', () => {
    const view = viewFromSearch('?to=lithuania&path=0&hops=99&hideKinds=bribery&size=votes');
    expect(view.pathsOpen).toBe(true);
    expect(view.paths).toEqual({ ...INITIAL_VIEW.paths, to: 'lithuania', maxHops: 6 });
    expect(view.sizeBy).toBe('relations');
    expect(searchFromView(INITIAL_VIEW)).toBe('');
  });

  it('names the open panels only when they differ from the window’s defaults', () => {
    const defaults = { sidebar: true, details: true, list: false };
    const same = { ...INITIAL_VIEW, panels: defaults };
    expect(searchFromView(same, '', defaults)).toBe('');
    const other = { ...INITIAL_VIEW, panels: { sidebar: false, details: true, list: true } };
    const search = searchFromView(other, '', defaults);
    expect(search).toBe('?panels=details,list');
    expect(viewFromSearch(search).panels).toEqual(other.panels);
    expect(viewFromSearch('').panels).toBeNull();
  });

  it('carries the camera through view changes and rejects a malformed one', () => {
    const withCamera = searchWithCamera('?sel=actor:eu', { zoom: 0.84567, x: 120.4, y: -40.6 });
    expect(withCamera).toBe('?sel=actor:eu&cam=0.846,120,-41');
    expect(cameraFromSearch(withCamera)).toEqual({ zoom: 0.846, x: 120, y: -41 });
    const next = searchFromView({ ...INITIAL_VIEW, focusHops: 1 }, withCamera);
    expect(next).toBe('?focus=1&cam=0.846,120,-41');
    for (const bad of ['?cam=0,1,2', '?cam=1,2', '?cam=a,b,c', '?cam=-1,0,0', '']) {
      expect(cameraFromSearch(bad)).toBeNull();
    }
  });
});
