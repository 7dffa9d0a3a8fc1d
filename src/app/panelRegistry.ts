/**
 * Every panel, once: where it sits, what it is called, whether it is open, how it closes, the
 * button and key that show or hide it, and where its component is in the panels chunk. The
 * top bar draws the buttons, useShortcuts binds the keys, the help lists them and the
 * workspace fills each slot from this list, so they cannot disagree.
 *
 * A new panel is its component, exported from the panels chunk (panels.ts, so it loads with
 * the others after the graph), and one entry here.
 */
import { useAppStore, type AppState } from '../store/appStore';
import { toggleList, toggleTimeline } from './bottomRow';
import { selectLegendShown, toggleLegend, togglePaths } from './leftColumn';
import type { SheetName } from './sheets';
import type { Panels } from './useChunks';

/**
 * Where a panel goes: a sheet slot beside the map (a sheet over it on a narrow window), or
 * the stage, which is shown only while presenting and hides the others.
 */
export type PanelSlot = SheetName | 'stage';

export interface PanelEntry {
  readonly id: string;
  readonly slot: PanelSlot;
  /** Its aside's accessible name, the sheet's title and the crash notice's name. */
  readonly label: string;
  /** Its aside's class; the left column's also names the workspace's `left-…` layout. */
  readonly className: string;
  /** Whether it claims its slot; of several open in one slot, the first listed shows. */
  readonly isOpen: (s: AppState) => boolean;
  /** The sheet's × button. */
  readonly close: () => void;
  /** The top-bar button and its key (action `toggle-<id>`); none for panels opened from elsewhere. */
  readonly toggle?: {
    readonly button: string;
    /** The button's title, before " (key)". */
    readonly title: string;
    readonly key: string;
    /** The help's line for the key. */
    readonly help: string;
    readonly run: () => void;
  };
  /** Its component's name in the panels chunk, which loads once the graph is drawn. */
  readonly component: keyof Panels;
}

/** A panel with a top-bar button and a key. */
export type ToggledPanelEntry = PanelEntry & { readonly toggle: NonNullable<PanelEntry['toggle']> };

const store = () => useAppStore.getState();

// In slot order (left, bottom, right, stage), which is also the top bar's order; within the
// left column the reader covers the paths, and the paths the legend; below the map the
// timeline covers the list.
export const PANELS = [
  {
    id: 'reader',
    slot: 'left',
    label: 'Source reader',
    className: 'reader',
    isOpen: (s) => s.reader !== null,
    close: () => store().closeReader(),
    component: 'SourceReader',
  },
  {
    id: 'paths',
    slot: 'left',
    label: 'Leverage paths',
    className: 'paths-panel',
    isOpen: (s) => s.pathsOpen,
    close: () => store().setPathsOpen(false),
    toggle: {
      button: 'Paths',
      title: 'Leverage paths: how one actor can move another',
      key: 'P',
      help: 'Open or close leverage paths: how one actor can move another',
      run: togglePaths,
    },
    component: 'PathsPanel',
  },
  {
    id: 'sidebar',
    slot: 'left',
    label: 'Legend and filters',
    className: 'sidebar',
    isOpen: selectLegendShown,
    close: () => store().togglePanel('sidebar'),
    toggle: {
      button: 'Legend & filters',
      title: 'Show or hide',
      key: 'G',
      help: 'Show or hide the legend and filters',
      run: toggleLegend,
    },
    component: 'Sidebar',
  },
  {
    id: 'timeline',
    slot: 'bottom',
    label: 'Timeline',
    className: 'timeline',
    isOpen: (s) => s.timelineOpen,
    close: () => store().setTimelineOpen(false),
    toggle: {
      button: 'Timeline',
      title: 'When relations held: the map as of a date, two dates compared',
      key: 'T',
      help: 'Open or close the timeline: the map as of a date, what changed between two dates',
      run: toggleTimeline,
    },
    component: 'TimelinePanel',
  },
  {
    id: 'list',
    slot: 'bottom',
    label: 'Relation list',
    className: 'relations',
    // The timeline covers it while open (see bottomRow.ts): its button is not pressed then.
    isOpen: (s) => s.panels.list && !s.timelineOpen,
    close: () => store().togglePanel('list'),
    toggle: {
      button: 'Relation list',
      title: 'Show or hide',
      key: 'L',
      help: 'Show or hide the relation list',
      run: toggleList,
    },
    component: 'RelationTable',
  },
  {
    id: 'details',
    slot: 'right',
    label: 'Details',
    className: 'details',
    isOpen: (s) => s.panels.details,
    close: () => store().togglePanel('details'),
    toggle: {
      button: 'Details',
      title: 'Show or hide',
      key: 'D',
      help: 'Show or hide the details panel',
      run: () => store().togglePanel('details'),
    },
    component: 'DetailsPanel',
  },
  {
    id: 'slide',
    slot: 'stage',
    label: 'Slide',
    className: 'slide-panel',
    isOpen: (s) => s.presenting !== null,
    close: () => store().stopPresenting(),
    component: 'SlidePanel',
  },
] as const satisfies readonly PanelEntry[];

type ToggledPanel = Extract<(typeof PANELS)[number], { toggle: object }>;
export type ToggledPanelId = ToggledPanel['id'];

/** The panels with a top-bar button and a key, in the top bar's order. */
export const TOGGLED_PANELS: readonly ToggledPanel[] = PANELS.filter((p): p is ToggledPanel => 'toggle' in p);

/** The panel showing in a slot: the first open one; while presenting, only the stage shows. */
export function panelIn(s: AppState, slot: PanelSlot): PanelEntry | null {
  if ((s.presenting !== null) !== (slot === 'stage')) return null;
  return (PANELS as readonly PanelEntry[]).find((p) => p.slot === slot && p.isOpen(s)) ?? null;
}
