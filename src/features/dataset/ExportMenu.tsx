import { useEffect, useRef } from 'react';
import { DossierButton } from './DossierButton';
import { EmbedCodeButton } from './EmbedCodeButton';
import { ExportButtons } from './ExportButtons';
import { FormatDownloads } from './FormatDownloads';
import { SaveLayoutButton } from './SaveLayoutButton';
import './exportMenu.css';

/**
 * Images of the current view, the dataset with the layout as it is now, the whole map as one
 * web page that opens offline, and the code that shows this view in an article.
 */
export function ExportMenu() {
  const menu = useRef<HTMLDetailsElement>(null);
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
      onKeyDown={(event) => {
        if (event.key === 'Escape' && menu.current?.open) {
          menu.current.open = false;
          event.stopPropagation();
        }
      }}
    >
      <summary className="btn">Export</summary>
      <div className="export-menu-items">
        <p className="muted">The view as an image, with its legend and sources:</p>
        <div className="export-menu-row">
          <ExportButtons baseName="leverage-map" />
        </div>
        <p className="muted">The dataset, with the actors where they are now:</p>
        <SaveLayoutButton />
        <p className="muted">The map for other tools (Gephi, Cytoscape, spreadsheets):</p>
        <FormatDownloads />
        <p className="muted">The whole map in one page that opens offline, read-only:</p>
        <DossierButton />
        <p className="muted">This view in an article, in a frame:</p>
        <EmbedCodeButton />
      </div>
    </details>
  );
}
