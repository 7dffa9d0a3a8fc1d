/**
 * The offline copy of a map: one web page that opens from disk with no server and no network.
 * The build makes its template (dist/dossier.html: the read-only app with its scripts and
 * styles written in, see vite.dossier.config.ts); filling it puts a map in as data, never as
 * code: self-contained dataset JSON in a <script type="application/json">, which the page
 * reads and passes through the one loader. Pure, for the app's "Download as a single web
 * page" and the command line alike.
 */
import { escapeHtml } from '../../domain/html';

/** The id of the element that holds the map's JSON in the page. */
export const DOSSIER_DATA_ID = 'leverage-map-data';

const DATA_SLOT = `<script type="application/json" id="${DOSSIER_DATA_ID}"></script>`;
const TITLE_SLOT = '<title>Leverage Map</title>';

/** A template that cannot be filled, with what to do about it. */
export class DossierTemplateError extends Error {
  override name = 'DossierTemplateError';
}

function once(template: string, slot: string): boolean {
  const first = template.indexOf(slot);
  return first !== -1 && template.indexOf(slot, first + 1) === -1;
}

/**
 * The JSON as it goes into the page: without its indentation (the Belarus map is a fifth
 * smaller), and with every "<" written as \u003c, the same character to JSON.parse, so no
 * "</script>" or "<!--" in a quote can end the element early. JSON that does not parse goes
 * in as it is, escaped the same way: the page's loader says what is wrong with it.
 */
function dataText(datasetJson: string): string {
  let text = datasetJson;
  try {
    text = JSON.stringify(JSON.parse(datasetJson));
  } catch {
    // Left to the loader in the page, which names the line and column.
  }
  return text.replace(/</g, '\\u003c');
}

/**
 * The template with the map in it and its title in the page's <title>. Throws a
 * DossierTemplateError if the template is not the built one: a page that still loads its
 * code from files (the dev server's, before `npm run build`) would not open from disk.
 */
export function fillDossier(template: string, datasetJson: string, title: string): string {
  if (/<script\b[^>]*\bsrc\s*=/i.test(template)) {
    throw new DossierTemplateError(
      'the offline copy’s template still loads its code from files: it is made by `npm run build` (the development server has none)',
    );
  }
  if (!once(template, DATA_SLOT) || !once(template, TITLE_SLOT)) {
    throw new DossierTemplateError(
      'this is not the offline copy’s template, or it has been filled already: build it again with `npm run build`',
    );
  }
  const pageTitle = title.trim() ? `${escapeHtml(title.trim())} · Leverage Map` : 'Leverage Map';
  return template
    .replace(TITLE_SLOT, () => `<title>${pageTitle}</title>`)
    .replace(
      DATA_SLOT,
      () => `<script type="application/json" id="${DOSSIER_DATA_ID}">${dataText(datasetJson)}</script>`,
    );
}

/** The offline copy's file name for a map's JSON file name: "belarus.json" → "belarus.html". */
export function dossierFileName(jsonFileName: string): string {
  return `${jsonFileName.replace(/\.json$/i, '') || 'map'}.html`;
}
