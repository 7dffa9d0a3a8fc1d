/**
 * The map embedded in an article: `?embed=1` shows the view the rest of the URL describes
 * (selection, filters, story and slide, as of…, see urlState.ts) read-only, sized to its
 * frame. Pure functions from one address to another, and the code an article pastes in.
 */
import { escapeHtml } from '../domain/html';

export const EMBED_PARAM = 'embed';

/** Which panels are open belongs to one window, not to the view a link shares. */
const WINDOW_ONLY = ['panels'];

export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get(EMBED_PARAM) === '1';
}

function withParams(href: string, edit: (params: URLSearchParams) => URLSearchParams): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const key of WINDOW_ONLY) params.delete(key);
  const text = edit(params).toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  url.search = text ? `?${text}` : '';
  url.hash = '';
  return url.href;
}

/** The same view in the full app: the address without embed=1. */
export function fullAppUrl(href: string): string {
  return withParams(href, (params) => {
    params.delete(EMBED_PARAM);
    return params;
  });
}

/**
 * The same view embedded: embed=1 first, then the view's parameters, and the bundled map's
 * name when there is one, so the frame shows that map whatever the app opens by default.
 */
export function embedUrl(href: string, dataset: string | null = null): string {
  return withParams(href, (params) => {
    params.delete(EMBED_PARAM);
    if (dataset !== null) params.set('dataset', dataset);
    return new URLSearchParams([[EMBED_PARAM, '1'], ...params]);
  });
}

/** What an article pastes in to show the view: a frame as wide as the column, 560 pixels high. */
export function embedCode(src: string, mapTitle: string): string {
  const title = `Leverage Map: ${mapTitle}`;
  return `<iframe src="${escapeHtml(src)}" width="100%" height="560" style="border:0" title="${escapeHtml(title)}" loading="lazy"></iframe>`;
}
