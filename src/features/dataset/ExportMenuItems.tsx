import { DossierButton } from './DossierButton';
import { EmbedCodeButton } from './EmbedCodeButton';
import { ExportButtons } from './ExportButtons';
import { FormatDownloads } from './FormatDownloads';
import { SaveLayoutButton } from './SaveLayoutButton';

/** What the Export menu offers: its code is fetched when the menu is first about to open. */
export function ExportMenuItems() {
  return (
    <>
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
    </>
  );
}
