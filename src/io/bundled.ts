/**
 * The datasets that ship with the app, under graph-data/<name>/dataset.json with their
 * source texts beside them. They are served as files and fetched, not compiled into the
 * scripts: data is no faster to read as JavaScript, and the page's first picture should
 * wait on as little script as possible. Each goes through the one loader: when the app is
 * built, which then serves what the loader made of it (builtDataset.ts); under the dev
 * server (and in the tests), on the page.
 */
import type { Issue } from '../domain/issues';
import type { LoadResult } from './loadDataset';
import { openBuiltDataset } from './builtDataset';
import { loadOnPage } from './loadFiles';
import { resolveRelative } from './paths';

// Addresses only (each a few bytes of script); the files themselves are fetched on demand.
const datasetUrls = import.meta.glob<string>('/graph-data/*/dataset.json', {
  query: '?url',
  import: 'default',
  eager: true,
});
const textUrls = import.meta.glob<string>('/graph-data/*/**/*.txt', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const DEFAULT_DATASET = 'belarus';

function datasetPath(name: string): string {
  return `/graph-data/${name}/dataset.json`;
}

export function bundledDatasetNames(): string[] {
  return Object.keys(datasetUrls)
    .map((path) => path.split('/')[2] ?? '')
    .filter(Boolean)
    .sort();
}

class FetchFailed extends Error {}

/** The file's bytes: the loader decodes them, as it does every file, and reports bad UTF-8. */
async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new FetchFailed(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok)
    throw new FetchFailed(`the server answered ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadBundledDataset(name: string): Promise<LoadResult | null> {
  const url = datasetUrls[datasetPath(name)];
  if (!url) return null;
  const file = `graph-data/${name}/dataset.json`;
  const folder = `/graph-data/${name}`;
  // Fetch the folder's texts alongside the dataset rather than after it has been parsed.
  const texts = new Map(
    Object.entries(textUrls)
      .filter(([path]) => path.startsWith(`${folder}/`))
      .map(([path, textUrl]) => [path, fetchBytes(textUrl)] as const),
  );
  // A text that fails is reported by the loader, as missing, under the source that names it.
  for (const pending of texts.values()) pending.catch(() => undefined);
  let content: Uint8Array;
  try {
    content = await fetchBytes(url);
  } catch (error) {
    const reason = error instanceof FetchFailed ? error.message : String(error);
    const issue: Issue = {
      severity: 'error',
      file,
      path: '',
      message: `could not be fetched (${reason}); reload the page, or check that the app's files are all being served`,
    };
    return { ok: false, issues: [issue] };
  }
  const readText = async (relative: string) => await texts.get(`/${resolveRelative(folder, relative)}`);
  return import.meta.env.DEV
    ? loadOnPage({ file, content, readText })
    : openBuiltDataset(file, content, readText);
}
