import { useAppStore } from '../store/appStore';
import { MAP_ID, RELATION_LIST_ID } from './landmarks';

/** The relation list's first row (the one Tab reaches), or its heading when it has none. */
function focusRelationList() {
  const list = document.getElementById(RELATION_LIST_ID);
  const target =
    list?.querySelector<HTMLElement>('tbody tr[tabindex="0"]') ?? list?.querySelector<HTMLElement>('h2');
  if (target) {
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }
}

/**
 * The first stops for the keyboard: straight to the map, or to the relation list (opened if
 * it is closed). Hidden until focused.
 */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a
        href={`#${MAP_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAP_ID)?.focus();
        }}
      >
        Skip to map
      </a>
      <a
        href={`#${RELATION_LIST_ID}`}
        onClick={(event) => {
          event.preventDefault();
          const { panels, togglePanel } = useAppStore.getState();
          if (!panels.list) togglePanel('list');
          // After the list has rendered.
          requestAnimationFrame(focusRelationList);
        }}
      >
        Skip to relation list
      </a>
    </nav>
  );
}
