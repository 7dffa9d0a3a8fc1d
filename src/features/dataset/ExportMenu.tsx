import { useEffect, useRef, useState } from 'react';
import { lazyPanel } from '../../app/lazyPanel';
import './exportMenu.css';

// Not needed for the first picture: fetched when the menu is first pointed at, focused or
// opened, with a message and "Try again" if it cannot be.
const ExportMenuItems = lazyPanel('The export menu', () =>
  import('./ExportMenuItems').then((m) => m.ExportMenuItems),
);

/**
 * Images of the current view, the dataset with the layout as it is now, the whole map as one
 * web page that opens offline, and the code that shows this view in an article.
 */
export function ExportMenu() {
  const menu = useRef<HTMLDetailsElement>(null);
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  // A press anywhere else closes it, as menus do: open, it covers the top of the details.
  useEffect(() => {
    const close = (event: PointerEvent) => {
      const details = menu.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target))
        details.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);
  return (
    <details
      ref={menu}
      className="export-menu"
      onToggle={want}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && menu.current?.open) {
          menu.current.open = false;
          event.stopPropagation();
        }
      }}
    >
      <summary className="btn" onPointerEnter={want} onFocus={want}>
        Export
      </summary>
      <div className="export-menu-items">
        <ExportMenuItems when={wanted} />
      </div>
    </details>
  );
}
