/**
 * A dataset that ships with the app, as the build writes it (scripts/lib/checkedDatasets.ts):
 * the build has put graph-data/<name>/dataset.json through the whole loader, schema, texts and
 * quotes, and failed on any error; it serves what the loader made of it: the dataset with
 * the schema's defaults filled in, every quote's place in its text, and the loader's
 * warnings. The page then only fetches the texts: the first picture waits for none of the
 * checking code (the schema, the quote search: about 20 KiB of script), which a user's own
 * files still go through (loadDataset.ts). The dev server serves the file as it is written,
 * and the page checks it then.
 */
import type { QuoteSpan } from '../domain/integrity';
import { hasErrors, type Issue } from '../domain/issues';
import type { Dataset } from '../domain/schema';
import type { LoadResult } from './loadDataset';

export const BUILT_FORMAT = 'leverage-map-built';

export interface BuiltDataset {
  format: typeof BUILT_FORMAT;
  dataset: Dataset;
  spans: QuoteSpan[];
  /** The loader's warnings (a built dataset has no errors), named as `file`. */
  issues: Issue[];
}

/** Bytes of a source text by its path relative to the dataset file; undefined if missing. */
type TextFetcher = (relative: string) => Promise<Uint8Array | undefined>;

/** Opens what the build wrote; never throws. Missing or damaged files become issues. */
export async function openBuiltDataset(
  file: string,
  content: Uint8Array,
  readText: TextFetcher,
): Promise<LoadResult> {
  try {
    const built = JSON.parse(new TextDecoder().decode(content)) as Partial<BuiltDataset>;
    if (built.format === BUILT_FORMAT) return await withTexts(file, built as BuiltDataset, readText);
  } catch {
    // Damaged on the way: said below, as a file that is not what the build wrote.
  }
  const message =
    'is not the file the app was built with (damaged, or from another build); reload the page, or build the app again (npm run build)';
  return { ok: false, issues: [{ severity: 'error', file, path: '', message }] };
}

async function withTexts(file: string, built: BuiltDataset, readText: TextFetcher): Promise<LoadResult> {
  const issues = [...built.issues];
  // No prototype: a source id such as "constructor" finds only its own text.
  const texts = Object.create(null) as Record<string, string>;
  await Promise.all(
    built.dataset.sources.map(async (source, i) => {
      if (source.content !== undefined) {
        texts[source.id] = source.content;
        return;
      }
      if (source.text === undefined) return;
      const text = await readText(source.text).then(utf8, () => undefined);
      if (text !== undefined) texts[source.id] = text;
      else
        issues.push({
          severity: 'error',
          file,
          path: `sources[${i}].text`,
          message: `"${source.text}" could not be fetched whole; reload the page, or check that the app's files are all being served`,
        });
    }),
  );
  const loaded = { dataset: built.dataset, texts, spans: built.spans };
  if (hasErrors(issues)) return { ok: false, issues, loaded };
  return { ok: true, issues, ...loaded };
}

/**
 * The build has read each text as UTF-8 (a byte-order mark dropped, as TextDecoder does);
 * anything else now is a damaged transfer.
 */
function utf8(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
