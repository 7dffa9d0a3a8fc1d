/**
 * The offline copy's template, dist/dossier.html: a file of the build beside index.html,
 * fetched from the app's own origin when a copy is asked for (it is the size of the whole
 * app, so never before). Never throws: a failure comes back as a sentence to show.
 */
export type TemplateResult = { ok: true; template: string } | { ok: false; message: string };

export const DOSSIER_TEMPLATE_FILE = 'dossier.html';

export async function fetchDossierTemplate(base: string = document.baseURI): Promise<TemplateResult> {
  const url = new URL(DOSSIER_TEMPLATE_FILE, base);
  const failed = (reason: string): TemplateResult => ({
    ok: false,
    message: `Its template (${DOSSIER_TEMPLATE_FILE}) could not be fetched (${reason}). Reload the page and try again, or check that the app's files are all being served, ${DOSSIER_TEMPLATE_FILE} with them.`,
  });
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) return failed(`the server answered ${response.status} ${response.statusText}`.trim());
  try {
    return { ok: true, template: await response.text() };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}
