/**
 * The keyboard shortcuts, as data: the help dialog lists them and useShortcuts binds them.
 * A panel's key comes from its entry in the panel registry.
 */
import { TOGGLED_PANELS, type ToggledPanelId } from './panelRegistry';

/** A key that shows or hides a panel. */
export type PanelAction = `toggle-${ToggledPanelId}`;

const GENERAL = [
  { keys: '/', action: 'focus-search', description: 'Search actors, relations and deals' },
  { keys: 'Esc', action: 'escape', description: 'Close the source reader, then clear the selection' },
  { keys: 'F', action: 'fit', description: 'Fit the whole graph in view' },
  { keys: 'N', action: 'focus', description: 'Focus on the selected actor: off, 1 step, 2 steps' },
  {
    keys: 'A',
    action: 'arrange',
    description: 'Arrange the selected actor’s neighbours around it; again to put them back',
  },
] as const;
const HELP = { keys: '?', action: 'help', description: 'Show this help' } as const;

export type ShortcutAction = (typeof GENERAL)[number]['action'] | typeof HELP.action | PanelAction;

export interface Shortcut {
  keys: string;
  action: ShortcutAction;
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  ...GENERAL,
  ...TOGGLED_PANELS.map((p) => ({
    keys: p.toggle.key,
    action: `toggle-${p.id}` as const,
    description: p.toggle.help,
  })),
  HELP,
];

/** The panel a key's action shows or hides, or undefined for the other shortcuts. */
export const panelToggledBy = (action: ShortcutAction) =>
  TOGGLED_PANELS.find((p) => `toggle-${p.id}` === action);

/** Keys that belong to one panel while it has focus; listed in the help, bound by the panel. */
export const PANEL_SHORTCUTS = [
  { keys: 'N / P', where: 'Source reader', description: 'Next / previous quoted passage, while it is open' },
  {
    keys: 'R / E',
    where: 'Source reader',
    description: 'On a map of your own: a new relation from the selected words / add them as evidence',
  },
  {
    keys: 'Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y',
    where: 'Map of your own',
    description: 'Undo the last edit, redo it (⌘ on a Mac)',
  },
  { keys: '↑ ↓ Home End', where: 'Relation list', description: 'Move between rows; Enter selects' },
  {
    keys: '← → Home End',
    where: 'Timeline, on “As of”',
    description: 'A month back or on; the first month, or what holds at the latest date',
  },
  { keys: '→ Space PageDown', where: 'Presentation', description: 'Next slide (← PageUp: back)' },
  { keys: 'Home End 1–9', where: 'Presentation', description: 'First, sources, or that slide' },
  {
    keys: 'S Esc',
    where: 'Presentation',
    description: 'Presenter view (your notes, the next slide, a clock) in its own window; leave',
  },
] as const;

/** Each shortcut by the KeyboardEvent.key that triggers it: "Esc" is Escape, letters lower case. */
const BY_KEY: Record<string, ShortcutAction> = Object.fromEntries(
  SHORTCUTS.map((s) => [s.keys === 'Esc' ? 'Escape' : s.keys.toLowerCase(), s.action]),
);

/** The action for a key press, or null when the key is not ours or the user is typing. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  typing: boolean,
) {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (typing && event.key !== 'Escape') return null;
  return BY_KEY[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? BY_KEY[event.key] ?? null;
}
