/** The keyboard shortcuts, as data: the help dialog lists them and useShortcuts binds them. */
export const SHORTCUTS = [
  { keys: '/', action: 'focus-search', description: 'Search actors, relations and deals' },
  { keys: 'Esc', action: 'escape', description: 'Close the source reader, then clear the selection' },
  { keys: 'F', action: 'fit', description: 'Fit the whole graph in view' },
  { keys: 'N', action: 'focus', description: 'Focus on the selected actor: off, 1 step, 2 steps' },
  {
    keys: 'A',
    action: 'arrange',
    description: 'Arrange the selected actor’s neighbours around it; again to put them back',
  },
  { keys: 'L', action: 'toggle-list', description: 'Show or hide the relation list' },
  { keys: 'D', action: 'toggle-details', description: 'Show or hide the details panel' },
  { keys: 'G', action: 'toggle-sidebar', description: 'Show or hide the legend and filters' },
  {
    keys: 'P',
    action: 'toggle-paths',
    description: 'Open or close leverage paths: how one actor can move another',
  },
  { keys: '?', action: 'help', description: 'Show this help' },
] as const;

/** Keys that belong to one panel while it has focus; listed in the help, bound by the panel. */
export const PANEL_SHORTCUTS = [
  { keys: 'N / P', where: 'Source reader', description: 'Next / previous quoted passage, while it is open' },
  { keys: '↑ ↓ Home End', where: 'Relation list', description: 'Move between rows; Enter selects' },
  { keys: '→ Space PageDown', where: 'Presentation', description: 'Next slide (← PageUp: back)' },
  { keys: 'Home End 1–9', where: 'Presentation', description: 'First, sources, or that slide' },
  {
    keys: 'S Esc',
    where: 'Presentation',
    description: 'Presenter view (your notes, the next slide, a clock) in its own window; leave',
  },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

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
