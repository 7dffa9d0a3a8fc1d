import { describe, expect, it } from 'vitest';
import { panelIn, PANELS, TOGGLED_PANELS } from '../../src/app/panelRegistry';
import { panelToggledBy, SHORTCUTS, shortcutFor } from '../../src/app/shortcuts';
import { createAppStore, useAppStore } from '../../src/store/appStore';

const press = (key: string) => ({ key, ctrlKey: false, metaKey: false, altKey: false });

describe('the panel registry', () => {
  it('names each panel once, and binds each toggled panel’s key to it and to nothing else', () => {
    expect(new Set(PANELS.map((p) => p.id)).size).toBe(PANELS.length);
    expect(new Set(PANELS.map((p) => p.label)).size).toBe(PANELS.length);
    expect(new Set(SHORTCUTS.map((s) => s.keys.toLowerCase())).size).toBe(SHORTCUTS.length);
    for (const panel of TOGGLED_PANELS) {
      const action = shortcutFor(press(panel.toggle.key.toLowerCase()), false);
      expect(action).toBe(`toggle-${panel.id}`);
      expect(action && panelToggledBy(action)).toBe(panel);
    }
    expect(panelToggledBy('fit')).toBeUndefined();
  });

  it('keeps the top bar in the order people know: Paths, Legend & filters, Timeline, Relation list, Details', () => {
    expect(TOGGLED_PANELS.map((p) => p.toggle.button)).toEqual([
      'Paths',
      'Legend & filters',
      'Timeline',
      'Relation list',
      'Details',
    ]);
  });

  it('fills the left column with the reader, else the paths, else the legend', () => {
    const store = createAppStore();
    const left = () => panelIn(store.getState(), 'left')?.label;
    expect(left()).toBe('Legend and filters');
    store.getState().setPathsOpen(true);
    expect(left()).toBe('Leverage paths');
    store.getState().openReader({ sourceId: 's' });
    expect(left()).toBe('Source reader');
    store.getState().closeReader();
    store.getState().setPathsOpen(false);
    store.getState().togglePanel('sidebar');
    expect(left()).toBeUndefined();
  });

  it('puts the timeline over the list below the map; the list’s key closes it and shows the list', () => {
    // The toggles act on the app's own store, as the top bar's buttons and the keys do.
    const bottom = () => panelIn(useAppStore.getState(), 'bottom')?.label;
    const toggle = (id: string) => TOGGLED_PANELS.find((p) => p.id === id)!.toggle.run();
    expect(bottom()).toBe('Relation list');
    toggle('timeline');
    expect(bottom()).toBe('Timeline');
    toggle('list');
    expect(bottom()).toBe('Relation list');
    expect(useAppStore.getState().timelineOpen).toBe(false);
    toggle('list');
    expect(bottom()).toBeUndefined();
    toggle('list');
  });

  it('shows only the stage while presenting, and no stage otherwise', () => {
    const store = createAppStore();
    expect(panelIn(store.getState(), 'stage')).toBeNull();
    expect(panelIn(store.getState(), 'right')?.label).toBe('Details');
    store.getState().present('a-story');
    expect(panelIn(store.getState(), 'stage')?.label).toBe('Slide');
    for (const slot of ['left', 'right', 'bottom'] as const)
      expect(panelIn(store.getState(), slot)).toBeNull();
  });
});
