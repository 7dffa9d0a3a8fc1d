/**
 * The datasets that ship with the app, under graph-data/<name>/dataset.json with their
 * source texts beside them. Loaded lazily (each its own chunk) through the one loader.
 */
import { loadDataset, type LoadResult } from './loadDataset';
import { resolveRelative } from './paths';

const datasetFiles = import.meta.glob<string>('/graph-data/*/dataset.json', {
  query: '?raw',
  import: 'default',
});
const textFiles = import.meta.glob<string>('/graph-data/*/**/*.txt', { query: '?raw', import: 'default' });

export const DEFAULT_DATASET = 'belarus';

function datasetPath(name: string): string {
  return `/graph-data/${name}/dataset.json`;
}

export function bundledDatasetNames(): string[] {
  return Object.keys(datasetFiles)
    .map((path) => path.split('/')[2] ?? '')
    .filter(Boolean)
    .sort();
}

export async function loadBundledDataset(name: string): Promise<LoadResult | null> {
  const importer = datasetFiles[datasetPath(name)];
  if (!importer) return null;
  const folder = `/graph-data/${name}`;
  // Fetch the folder's texts alongside the dataset rather than after it has been parsed.
  const texts = new Map(
    Object.entries(textFiles)
      .filter(([path]) => path.startsWith(`${folder}/`))
      .map(([path, load]) => [path, load()] as const),
  );
  const content = await importer();
  return loadDataset({
    file: `graph-data/${name}/dataset.json`,
    content,
    readText: async (relative) => {
      const text = texts.get(`/${resolveRelative(folder, relative)}`);
      return text ? await text : undefined;
    },
  });
}
