import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/appStore';
import { viewFromSearch } from '../../src/store/urlState';
import { INITIAL_VIEW, viewOf } from '../../src/store/viewState';

describe('the view gathered from the slices', () => {
  it('starts as INITIAL_VIEW, apart from the panels, which follow the window', () => {
    const { panels, ...view } = viewOf(createAppStore().getState());
    expect({ ...view, panels: null }).toEqual(INITIAL_VIEW);
    expect(panels).toEqual({ sidebar: true, details: true, list: true });
  });

  it('applies a view to every slice in one update, keeping the panels when it names none', () => {
    const store = createAppStore();
    store.getState().togglePanel('list');
    let updates = 0;
    store.subscribe(() => updates++);
    const view = {
      ...INITIAL_VIEW,
      selected: { kind: 'actor', id: 'a' },
      focusHops: 1,
      reader: { sourceId: 's' },
      presenting: { storyId: 'st', slide: 1 },
      pathsOpen: true,
      sizeBy: 'brokerage',
    } as const;
    store.getState().applyView(view);
    expect(updates).toBe(1);
    expect(viewOf(store.getState())).toEqual({
      ...view,
      panels: { sidebar: true, details: true, list: false },
    });
  });

  it('keeps an arrangement only while the same actor stays selected', () => {
    const store = createAppStore();
    store.getState().select({ kind: 'actor', id: 'a' });
    store.getState().setArranged(true);
    store.getState().applyView({ ...INITIAL_VIEW, selected: { kind: 'actor', id: 'a' } });
    expect(store.getState().arranged).toBe(true);
    store.getState().select({ kind: 'actor', id: 'b' });
    expect(store.getState().arranged).toBe(false);
  });

  it('keeps each part that a view read again from the URL leaves as it was, so nothing follows it needlessly', () => {
    const store = createAppStore();
    store.getState().applyView(viewFromSearch('?hideActors=state&sel=actor:a'));
    const before = store.getState();
    // Back to the same filters, another actor: only the selection is new.
    store.getState().applyView(viewFromSearch('?hideActors=state&sel=actor:b'));
    const after = store.getState();
    expect(after.selected).toEqual({ kind: 'actor', id: 'b' });
    expect(after.filters).toBe(before.filters);
    expect(after.paths).toBe(before.paths);
    // A filter that changes is the new one.
    store.getState().applyView(viewFromSearch('?sel=actor:b'));
    expect(store.getState().filters).not.toBe(before.filters);
    expect(store.getState().filters.hiddenActorTypes).toEqual([]);
  });
});
